import { sql, type Migration } from 'kysely';

const UP = [
  `create table schedules (
    id uuid primary key default gen_random_uuid(),
    cron text not null,
    timezone text not null,
    scope jsonb not null,
    regions jsonb,
    github_upload boolean not null default false,
    scope_key text not null,
    created_by text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    seq bigint generated always as identity unique
  )`,
  `create table schedule_runs (
    id uuid primary key default gen_random_uuid(),
    schedule_id uuid not null references schedules (id) on delete cascade,
    due_at timestamptz not null,
    outcome text not null check (outcome in ('started', 'skipped')),
    scan_id uuid references scans (id) on delete set null,
    reason text,
    created_at timestamptz not null default now(),
    seq bigint generated always as identity unique,
    unique (schedule_id, due_at)
  )`,
  `create index schedule_runs_schedule_seq on schedule_runs (schedule_id, seq)`,
];

/** Scan schedules (cron in a time zone, over a scope) and the record of each firing, started or skipped. */
export const schedulesMigration: Migration = {
  up: async (db) => {
    for (const statement of UP) await sql.raw(statement).execute(db);
  },
  down: async (db) => {
    await sql`drop table schedule_runs`.execute(db);
    await sql`drop table schedules`.execute(db);
  },
};
