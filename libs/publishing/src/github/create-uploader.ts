import type { Logger } from 'pino';
import { decodeKey, type RolecallConfig } from '@rolecall/config';
import type { GithubIntegrationsRepository } from '@rolecall/persistence';
import { GithubUploadClient, MAX_GZIPPED_BYTES } from '@rolecall/reporting';
import type { ScanSarif } from '../scan-sarif';
import { GithubUploader } from './github-uploader';

/** The uploader as configured, or undefined without ROLECALL_ENCRYPTION_KEY (tokens cannot be opened). */
export function createGithubUploader(config: RolecallConfig, integrations: GithubIntegrationsRepository, sarif: ScanSarif, logger: Logger): GithubUploader | undefined {
  const key = config.ROLECALL_ENCRYPTION_KEY && decodeKey(config.ROLECALL_ENCRYPTION_KEY);
  if (!key) return undefined;
  // Local GitHub stand-ins (allowed only with ROLECALL_ALLOW_INSECURE_GITHUB) answer at once: poll them quickly.
  const local = config.ROLECALL_ALLOW_INSECURE_GITHUB;
  return new GithubUploader(integrations, (scan) => sarif.input(scan), logger, {
    key,
    allowInsecure: local,
    client: new GithubUploadClient({ pollIntervalMs: local ? 10 : 2000, maxPolls: 60 }),
    backoffMs: local ? 10 : 1000,
    maxGzippedBytes: MAX_GZIPPED_BYTES,
  });
}
