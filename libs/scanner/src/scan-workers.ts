import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { RolecallMetrics } from '@rolecall/runtime';
import {
  ACCOUNT_QUEUE,
  FINALIZE_SCAN_JOB,
  ON_DEMAND_PRIORITY,
  PLAN_SCAN_JOB,
  SCAN_QUEUE,
  finalizeScanPayloadSchema,
  planScanPayloadSchema,
  scanAccountPayloadSchema,
} from '@rolecall/jobs';
import type { AccountScanner } from './account-scanner';
import type { ScanFinalizer } from './scan-finalizer';
import type { ScanPlanner } from './scan-planner';

export interface ScanWorkersOptions {
  connection: ConnectionOptions;
  prefix: string;
  accountConcurrency: number;
  /** Job lock without renewal; a killed worker's jobs are taken back after about this long (default 30 s). */
  lockDuration?: number;
  planner: ScanPlanner;
  finalizer: ScanFinalizer;
  accountScanner: AccountScanner;
  logger: Logger;
  metrics?: RolecallMetrics;
}

/** The two BullMQ consumers: scan control (plan, finalize) and per-account scans. */
export class ScanWorkers {
  private workers: Worker[] = [];

  constructor(private readonly options: ScanWorkersOptions) {}

  start(): void {
    const { connection, prefix, logger, lockDuration = 30_000 } = this.options;
    const locking = { lockDuration, stalledInterval: lockDuration, maxStalledCount: 3 };
    const control = new Worker(SCAN_QUEUE, (job) => this.control(job), { connection, prefix, concurrency: 4, ...locking });
    const accounts = new Worker(ACCOUNT_QUEUE, (job) => this.account(job), {
      connection,
      prefix,
      concurrency: this.options.accountConcurrency,
      ...locking,
    });
    for (const worker of [control, accounts]) {
      worker.on('completed', (job) => this.observe(worker.name, job, 'completed'));
      worker.on('failed', (job) => job && this.observe(worker.name, job, 'failed'));
      worker.on('failed', (job, error) =>
        logger.error({ queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, 'job failed'),
      );
      worker.on('error', (error) => logger.error({ queue: worker.name, err: error.message }, 'worker error'));
    }
    this.workers = [control, accounts];
  }

  /** Waits for active jobs to finish; jobs not yet started stay queued for the next worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers = [];
  }

  /** Job latency for /metrics: wait from enqueue to start, and run time. */
  private observe(queue: string, job: Job, outcome: 'completed' | 'failed'): void {
    const { metrics } = this.options;
    if (!metrics || !job.processedOn) return;
    metrics.jobWait.observe({ queue }, Math.max(0, job.processedOn - job.timestamp) / 1000);
    metrics.jobDuration.observe({ queue, outcome }, Math.max(0, (job.finishedOn ?? Date.now()) - job.processedOn) / 1000);
  }

  private async control(job: Job): Promise<void> {
    if (job.name === PLAN_SCAN_JOB) {
      await this.options.planner.run(planScanPayloadSchema.parse(job.data).scanId, scanPriorityOf(job));
    } else if (job.name === FINALIZE_SCAN_JOB) {
      await this.options.finalizer.run(finalizeScanPayloadSchema.parse(job.data).scanId);
    } else {
      throw new Error(`unknown job ${job.name} on queue ${SCAN_QUEUE}`);
    }
  }

  private async account(job: Job): Promise<string> {
    return this.options.accountScanner.run(scanAccountPayloadSchema.parse(job.data));
  }
}

/** The priority a plan job was queued with (scheduled or on-demand); a plan without one counts as on-demand. */
export function scanPriorityOf(job: Pick<Job, 'priority'>): number {
  return job.priority > 0 ? job.priority : ON_DEMAND_PRIORITY;
}
