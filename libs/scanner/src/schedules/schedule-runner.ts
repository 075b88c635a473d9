import type { Logger } from 'pino';
import { SCHEDULED_PRIORITY, type ScanQueues } from '@rolecall/jobs';
import type { ScheduleRun, SchedulesRepository } from '@rolecall/persistence';

export interface ScheduleRunnerDeps {
  schedules: SchedulesRepository;
  queues: ScanQueues;
  logger: Logger;
}

/**
 * One firing of a schedule: a queued scan of its scope (planned at scheduled priority), or a
 * skipped run when a scan of the same scope is still active. A retried firing (same due time)
 * enqueues the same plan again, which BullMQ ignores by job id.
 */
export class ScheduleRunner {
  constructor(private readonly deps: ScheduleRunnerDeps) {}

  async run(scheduleId: string, dueAt: Date): Promise<ScheduleRun | undefined> {
    const { schedules, queues, logger } = this.deps;
    const firing = await schedules.fire(scheduleId, dueAt);
    if (!firing) {
      logger.warn({ scheduleId }, 'schedule fired but no longer exists');
      return undefined;
    }
    const { run } = firing;
    if (run.outcome === 'started' && run.scanId) await queues.enqueuePlan(run.scanId, SCHEDULED_PRIORITY);
    if (firing.created) logger.info({ scheduleId, dueAt, outcome: run.outcome, scanId: run.scanId, reason: run.reason }, 'schedule fired');
    return run;
  }
}
