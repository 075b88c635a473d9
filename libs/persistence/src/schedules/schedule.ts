import type { ColumnType, Generated, GeneratedAlways, Selectable } from 'kysely';
import { z } from 'zod';
import { githubUploadTargetSchema, regionListSchema, scanScopeSchema, type GithubUploadTarget, type ScanScope } from '@rolecall/model';
import type { Jsonb, NullableJsonb } from '../schema';

export interface SchedulesTable {
  id: Generated<string>;
  cron: string;
  timezone: string;
  scope: Jsonb<ScanScope>;
  regions: NullableJsonb<string[]>;
  github_upload: NullableJsonb<GithubUploadTarget>;
  scope_key: string;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, never, Date>;
  seq: GeneratedAlways<string>;
}

export interface ScheduleRunsTable {
  id: Generated<string>;
  schedule_id: string;
  due_at: Date;
  outcome: 'started' | 'skipped';
  scan_id: string | null;
  reason: string | null;
  created_at: Generated<Date>;
  seq: GeneratedAlways<string>;
}

/** A type alias, not an interface: Kysely's withTables wants an indexable record. */
export type SchedulesSchema = {
  schedules: SchedulesTable;
  schedule_runs: ScheduleRunsTable;
};

export interface Schedule {
  id: string;
  cron: string;
  timezone: string;
  scope: ScanScope;
  regions: string[] | null;
  /** Where each run's SARIF goes when it completes; null: nowhere. */
  githubUpload: GithubUploadTarget | null;
  scopeKey: string;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScheduleRun {
  id: string;
  scheduleId: string;
  dueAt: Date;
  outcome: 'started' | 'skipped';
  scanId: string | null;
  reason: string | null;
  createdAt: Date;
}

export const newScheduleSchema = z.object({
  cron: z.string().min(1).max(120),
  timezone: z.string().min(1).max(64),
  scope: scanScopeSchema,
  regions: regionListSchema.nullish(),
  githubUpload: githubUploadTargetSchema.nullish(),
  createdBy: z.string().min(1).max(200).nullish(),
});
export type NewSchedule = z.input<typeof newScheduleSchema>;

export function toSchedule(row: Selectable<SchedulesTable>): Schedule {
  return {
    id: row.id,
    cron: row.cron,
    timezone: row.timezone,
    scope: row.scope,
    regions: row.regions,
    githubUpload: row.github_upload,
    scopeKey: row.scope_key,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toScheduleRun(row: Selectable<ScheduleRunsTable>): ScheduleRun {
  return {
    id: row.id,
    scheduleId: row.schedule_id,
    dueAt: row.due_at,
    outcome: row.outcome,
    scanId: row.scan_id,
    reason: row.reason,
    createdAt: row.created_at,
  };
}
