import type { Logger } from 'pino';
import type { ScanQueues } from '@rolecall/jobs';
import type { ScansRepository } from '@rolecall/persistence';

/** The reason a reconciled scan records. */
export const JOBS_GONE_REASON = 'its queue jobs are gone (Redis lost its data, or planning failed for good); start the scan again';

export interface ScanReconcilerOptions {
  scans: ScansRepository;
  queues: Pick<ScanQueues, 'hasLiveJobs'>;
  logger: Logger;
  /** Scans younger than this are left alone: the api stores a scan just before it enqueues its plan. */
  graceMs: number;
}

/**
 * Returns scans stuck in `queued` or `running` whose jobs are gone to a terminal state (`failed`,
 * with the reason), so their scope is free again and its schedules fire instead of being skipped.
 * Acts only on a definite answer from Redis: when Redis does not answer, nothing is changed.
 */
export class ScanReconciler {
  constructor(private readonly options: ScanReconcilerOptions) {}

  /** The ids of the scans it failed. */
  async run(now: Date = new Date()): Promise<string[]> {
    const { scans, queues, logger, graceMs } = this.options;
    const failed: string[] = [];
    for (const scan of await scans.activeBefore(new Date(now.getTime() - graceMs))) {
      if (await queues.hasLiveJobs(scan.id)) continue;
      if (await scans.finish(scan.id, 'failed', JOBS_GONE_REASON)) {
        failed.push(scan.id);
        logger.warn({ scanId: scan.id, was: scan.status }, 'scan had no queue jobs left; marked failed');
      }
    }
    return failed;
  }
}
