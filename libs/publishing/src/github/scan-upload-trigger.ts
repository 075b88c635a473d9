import type { Logger } from 'pino';
import type { UploadQueue } from '@rolecall/jobs';
import type { GithubIntegrationsRepository, Scan } from '@rolecall/persistence';

const UPLOADED_STATUSES = new Set(['succeeded', 'partial']);

/**
 * After a scan completes: queues the upload its request (or schedule) named. Safe to repeat: the
 * upload row is created once per scan and integration, and its job id is the row's id.
 */
export class ScanUploadTrigger {
  constructor(
    private readonly deps: { integrations: GithubIntegrationsRepository; queue: UploadQueue; logger: Logger },
  ) {}

  async afterScan(scan: Scan): Promise<void> {
    const target = scan.githubUpload;
    if (!target || !UPLOADED_STATUSES.has(scan.status)) return;
    const { integrations, queue, logger } = this.deps;
    if (!(await integrations.get(target.integrationId))) {
      logger.warn({ scanId: scan.id, integrationId: target.integrationId }, 'scan upload skipped: the integration was deleted');
      return;
    }
    const upload = await integrations.ensureScanUpload(scan.id, target.integrationId);
    if (upload.status !== 'queued') return;
    await queue.enqueue({ uploadId: upload.id, ...(target.commitSha ? { commitSha: target.commitSha } : {}) });
    logger.info({ scanId: scan.id, uploadId: upload.id, integrationId: target.integrationId }, 'github upload queued');
  }
}
