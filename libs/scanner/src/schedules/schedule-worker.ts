import { Worker, type ConnectionOptions } from 'bullmq';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { SCHEDULE_QUEUE, runSchedulePayloadSchema, scheduledFor } from '@rolecall/jobs';
import type { ScheduleRunner } from './schedule-runner';

/** Consumes the schedule queue (one job per firing of a BullMQ job scheduler); a Nest provider that starts and drains itself. */
export class ScheduleWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker?: Worker;

  constructor(private readonly options: { connection: ConnectionOptions; prefix: string; runner: ScheduleRunner; logger: Logger }) {}

  start(): void {
    const { connection, prefix, runner, logger } = this.options;
    this.worker = new Worker(
      SCHEDULE_QUEUE,
      async (job) => {
        await runner.run(runSchedulePayloadSchema.parse(job.data).scheduleId, scheduledFor(job));
      },
      { connection, prefix, concurrency: 2 },
    );
    this.worker.on('error', (error) => logger.error({ queue: SCHEDULE_QUEUE, err: error.message }, 'worker error'));
    this.worker.on('failed', (job, error) => logger.error({ queue: SCHEDULE_QUEUE, jobId: job?.id, err: error.message }, 'job failed'));
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }
}
