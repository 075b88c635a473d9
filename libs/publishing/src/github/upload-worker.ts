import { Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import { GITHUB_UPLOAD_JOB, UPLOAD_QUEUE, githubUploadPayloadSchema } from '@rolecall/jobs';
import type { UploadRunner } from './upload-runner';

/** The BullMQ consumer of GitHub uploads (a few at a time: each one mostly waits on GitHub). */
export class UploadWorker {
  private worker?: Worker;

  /**
   * `shutdown` is the controller whose signal the uploader's GitHub calls and waits carry: closing
   * aborts them, so a GitHub that never answers cannot hold the worker past its stop grace period.
   */
  constructor(
    private readonly options: { connection: ConnectionOptions; prefix: string; runner: UploadRunner; logger: Logger; concurrency?: number; shutdown?: AbortController },
  ) {}

  start(): void {
    const { connection, prefix, runner, logger, concurrency = 2 } = this.options;
    this.worker = new Worker(
      UPLOAD_QUEUE,
      async (job) => {
        if (job.name !== GITHUB_UPLOAD_JOB) throw new Error(`unknown job ${job.name} on queue ${UPLOAD_QUEUE}`);
        await runner.run(githubUploadPayloadSchema.parse(job.data));
      },
      { connection, prefix, concurrency },
    );
    this.worker.on('failed', (job, error) => logger.error({ queue: UPLOAD_QUEUE, jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, 'job failed'));
    this.worker.on('error', (error) => logger.error({ queue: UPLOAD_QUEUE, err: error.message }, 'worker error'));
  }

  /** Aborts GitHub calls in flight; their uploads record the error before the consumer closes. */
  async close(): Promise<void> {
    this.options.shutdown?.abort();
    await this.worker?.close();
    this.worker = undefined;
  }
}
