import { sql, type Migration } from 'kysely';

const UP = [
  // One row per change made through the api: who (token id and name), what, when, from where, and the answer.
  `create table audit_events (
    id uuid primary key default gen_random_uuid(),
    -- The order events were recorded in (several can share a millisecond): what pages follow.
    seq bigint generated always as identity unique,
    occurred_at timestamptz not null default now(),
    token_id text not null,
    token_name text not null,
    action text not null,
    method text not null,
    path text not null,
    target_id text,
    status integer not null,
    source_address text,
    user_agent text
  )`,
  `create index audit_events_by_token on audit_events (token_id, seq)`,
];

const DOWN = [`drop table audit_events`];

/** The audit log of changes made through the api. */
export const auditEventsMigration: Migration = {
  up: async (db) => {
    for (const statement of UP) await sql.raw(statement).execute(db);
  },
  down: async (db) => {
    for (const statement of DOWN) await sql.raw(statement).execute(db);
  },
};
