import { Queue, type ConnectionOptions } from 'bullmq';
import { z } from 'zod';

/** The queue BullMQ job schedulers fill, one scheduler per Rolecall schedule (id = schedule id). */
export const SCHEDULE_QUEUE = 'schedules';
export const RUN_SCHEDULE_JOB = 'run-schedule';

export const runSchedulePayloadSchema = z.object({ scheduleId: z.string().uuid() }).strict();
export type RunSchedulePayload = z.infer<typeof runSchedulePayloadSchema>;

/** BullMQ priorities (lower runs first): an on-demand scan is never starved by scheduled ones. */
export const ON_DEMAND_PRIORITY = 1;
export const SCHEDULED_PRIORITY = 10;

/** The time a scheduler job was due, from its id `repeat:<scheduler>:<millis>` (else its creation time). */
export function scheduledFor(job: { id?: string; timestamp: number }): Date {
  const millis = Number(job.id?.split(':').pop());
  return new Date(Number.isFinite(millis) && millis > 0 ? millis : job.timestamp);
}

/** Producer side of schedules: job schedulers live in Redis, so they survive restarts of api and worker. */
export class ScheduleQueue {
  readonly queue: Queue;

  constructor(options: { connection: ConnectionOptions; prefix: string }) {
    this.queue = new Queue(SCHEDULE_QUEUE, { connection: options.connection, prefix: options.prefix });
  }

  async upsert(schedule: { id: string; cron: string; timezone: string }): Promise<void> {
    await this.queue.upsertJobScheduler(
      schedule.id,
      { pattern: schedule.cron, tz: schedule.timezone },
      { name: RUN_SCHEDULE_JOB, data: { scheduleId: schedule.id }, opts: { attempts: 5, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: 100, removeOnFail: 1000 } },
    );
  }

  async remove(scheduleId: string): Promise<void> {
    await this.queue.removeJobScheduler(scheduleId);
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
