import type { Logger } from 'pino';
import { decodeKey, type RolecallConfig } from '@rolecall/config';
import { githubEgressClient, githubEgressPolicy } from '@rolecall/egress';
import type { GithubIntegrationsRepository } from '@rolecall/persistence';
import { GithubUploadClient, MAX_GZIPPED_BYTES } from '@rolecall/reporting';
import type { ScanSarif } from '../scan-sarif';
import { GithubUploader } from './github-uploader';

/**
 * The uploader as configured, or undefined without ROLECALL_ENCRYPTION_KEY (tokens cannot be opened).
 * `signal` aborts calls and waits in flight when the worker stops.
 */
export function createGithubUploader(config: RolecallConfig, integrations: GithubIntegrationsRepository, sarif: ScanSarif, logger: Logger, signal?: AbortSignal): GithubUploader | undefined {
  const key = config.ROLECALL_ENCRYPTION_KEY && decodeKey(config.ROLECALL_ENCRYPTION_KEY);
  if (!key) return undefined;
  // Local GitHub stand-ins (allowed only with ROLECALL_ALLOW_INSECURE_GITHUB) answer at once: poll them quickly.
  const local = config.ROLECALL_ALLOW_INSECURE_GITHUB;
  return new GithubUploader(integrations, (scan) => sarif.input(scan), logger, {
    key,
    policy: githubEgressPolicy(config),
    client: new GithubUploadClient(githubEgressClient(config), { pollIntervalMs: local ? 10 : 2000, maxPolls: 60, signal }),
    backoffMs: local ? 10 : 1000,
    maxGzippedBytes: MAX_GZIPPED_BYTES,
  });
}
