import type { Schedule, ScheduleRun } from '@rolecall/persistence';
import type { ScheduleResponse, ScheduleRunResponse } from './schedule.response';

export function presentSchedule(schedule: Schedule): ScheduleResponse {
  return {
    id: schedule.id,
    cron: schedule.cron,
    timezone: schedule.timezone,
    scope: schedule.scope,
    regions: schedule.regions,
    githubUpload: schedule.githubUpload,
    createdBy: schedule.createdBy,
    createdAt: schedule.createdAt.toISOString(),
    updatedAt: schedule.updatedAt.toISOString(),
  };
}

export function presentScheduleRun(run: ScheduleRun): ScheduleRunResponse {
  return {
    dueAt: run.dueAt.toISOString(),
    outcome: run.outcome,
    scanId: run.scanId,
    reason: run.reason,
    recordedAt: run.createdAt.toISOString(),
  };
}
