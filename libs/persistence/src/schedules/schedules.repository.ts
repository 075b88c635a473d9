import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { toJsonb } from '../jsonb';
import type { Schema } from '../schema';
import { scopeKey } from '../scans/scan';
import { isUuid } from '../uuid';
import { newScheduleSchema, toSchedule, toScheduleRun, type NewSchedule, type Schedule, type ScheduleRun, type SchedulesSchema } from './schedule';

export type ScheduleChanges = Partial<Omit<NewSchedule, 'createdBy'>>;

/** What one firing of a schedule did: started a scan, or skipped because one of the scope is active. */
export interface ScheduleFiring {
  run: ScheduleRun;
  /** false when this firing was already recorded (a retried job): nothing new happened. */
  created: boolean;
}

const LIST_LIMIT = 500;

export class SchedulesRepository {
  private readonly db: Kysely<Schema & SchedulesSchema>;

  constructor(db: Kysely<Schema>) {
    this.db = db.withTables<SchedulesSchema>();
  }

  async create(input: NewSchedule): Promise<Schedule> {
    const schedule = newScheduleSchema.parse(input);
    const row = await this.db
      .insertInto('schedules')
      .values({ ...scheduleColumns(schedule), created_by: schedule.createdBy ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSchedule(row);
  }

  async get(id: string): Promise<Schedule | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('schedules').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toSchedule(row);
  }

  /** Oldest first (schedules are few). */
  async list(): Promise<Schedule[]> {
    const rows = await this.db.selectFrom('schedules').selectAll().orderBy('seq').limit(LIST_LIMIT).execute();
    return rows.map(toSchedule);
  }

  async update(id: string, changes: ScheduleChanges): Promise<Schedule | undefined> {
    const current = await this.get(id);
    if (!current) return undefined;
    const next = newScheduleSchema.parse({ ...current, createdBy: current.createdBy, ...changes });
    const row = await this.db
      .updateTable('schedules')
      .set({ ...scheduleColumns(next), updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toSchedule(row);
  }

  /** Ids of the schedules that upload to this GitHub integration. */
  async usingIntegration(integrationId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('schedules').select('id').where(sql<string>`github_upload->>'integrationId'`, '=', integrationId).orderBy('seq').execute();
    return rows.map((row) => row.id);
  }

  async delete(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.db.deleteFrom('schedules').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Records one firing in one transaction, serialized per scope: when a scan of the same scope is
   * queued or running the run is skipped (and says which scan), else a queued scan is created.
   * The same (schedule, due time) twice returns the first record.
   */
  async fire(scheduleId: string, dueAt: Date): Promise<ScheduleFiring | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const schedule = await tx.selectFrom('schedules').selectAll().where('id', '=', scheduleId).executeTakeFirst();
      if (!schedule) return undefined;
      await sql`select pg_advisory_xact_lock(hashtext(${schedule.scope_key}))`.execute(tx);
      const existing = await tx.selectFrom('schedule_runs').selectAll().where('schedule_id', '=', scheduleId).where('due_at', '=', dueAt).executeTakeFirst();
      if (existing) return { run: toScheduleRun(existing), created: false };
      const active = await tx
        .selectFrom('scans')
        .select(['id', 'status'])
        .where('scope_key', '=', schedule.scope_key)
        .where('status', 'in', ['queued', 'running'])
        .orderBy('seq')
        .executeTakeFirst();
      let scanId: string | null = null;
      if (!active) {
        const scan = await tx
          .insertInto('scans')
          .values({
            status: 'queued',
            scope: toJsonb(schedule.scope),
            regions: schedule.regions && toJsonb(schedule.regions),
            requested_by: `schedule:${scheduleId}`,
            scope_key: schedule.scope_key,
            github_upload: schedule.github_upload && toJsonb(schedule.github_upload),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        scanId = scan.id;
      }
      const run = await tx
        .insertInto('schedule_runs')
        .values({
          schedule_id: scheduleId,
          due_at: dueAt,
          outcome: active ? 'skipped' : 'started',
          scan_id: active ? active.id : scanId,
          reason: active ? `scan ${active.id} of the same scope is still ${active.status}` : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { run: toScheduleRun(run), created: true };
    });
  }

  /** A schedule's firings, newest first. */
  async runs(scheduleId: string, limit = 100): Promise<ScheduleRun[]> {
    if (!isUuid(scheduleId)) return [];
    const rows = await this.db.selectFrom('schedule_runs').selectAll().where('schedule_id', '=', scheduleId).orderBy('seq', 'desc').limit(limit).execute();
    return rows.map(toScheduleRun);
  }
}

/** The columns a schedule's settings are stored in, the scope key derived from scope and regions. */
function scheduleColumns(schedule: z.output<typeof newScheduleSchema>) {
  const regions = schedule.regions ?? null;
  return {
    cron: schedule.cron,
    timezone: schedule.timezone,
    scope: toJsonb(schedule.scope),
    regions: regions && toJsonb(regions),
    github_upload: schedule.githubUpload ? toJsonb(schedule.githubUpload) : null,
    scope_key: scopeKey(schedule.scope, regions),
  };
}
