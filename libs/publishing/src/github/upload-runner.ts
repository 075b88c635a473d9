import type { Logger } from 'pino';
import type { GithubUploadPayload } from '@rolecall/jobs';
import type { GithubIntegrationsRepository, ScansRepository } from '@rolecall/persistence';
import type { GithubUploader } from './github-uploader';

/** One upload job: the recorded upload of a scan, run once; a finished upload is never sent again. */
export class UploadRunner {
  constructor(
    private readonly deps: { integrations: GithubIntegrationsRepository; scans: ScansRepository; uploader: GithubUploader | undefined; logger: Logger },
  ) {}

  async run(payload: GithubUploadPayload): Promise<void> {
    const { integrations, scans, uploader, logger } = this.deps;
    const upload = await integrations.getUpload(payload.uploadId);
    if (!upload) {
      logger.warn({ uploadId: payload.uploadId }, 'github upload no longer exists (scan or integration deleted)');
      return;
    }
    if (upload.status !== 'queued') return;
    const scan = await scans.get(upload.scanId);
    if (!scan) return;
    if (!uploader) {
      await integrations.recordUpload(upload.id, { status: 'error', errors: ['the worker has no ROLECALL_ENCRYPTION_KEY, so it cannot read the integration token'] });
      return;
    }
    await uploader.run(upload, scan, payload.commitSha);
  }
}
