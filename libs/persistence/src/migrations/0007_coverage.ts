import { sql, type Migration } from 'kysely';

const UP = [
  `alter table findings add column carried jsonb`,
  `create table not_assessed (
    scan_id uuid not null references scans (id) on delete cascade,
    account_id text not null,
    rule_id text not null,
    region text not null,
    resource jsonb,
    missing jsonb not null,
    stage text not null default 'account' check (stage in ('account', 'organization')),
    seq bigint generated always as identity unique
  )`,
  `create index not_assessed_scan_seq on not_assessed (scan_id, seq)`,
  `create index not_assessed_scan_account on not_assessed (scan_id, account_id, stage)`,
];

/**
 * Coverage: where each rule could not assess a scan's accounts (rule, account, region, resource, the
 * failed operations), and findings carried from the last scan that assessed them.
 */
export const coverageMigration: Migration = {
  up: async (db) => {
    for (const statement of UP) await sql.raw(statement).execute(db);
  },
  down: async (db) => {
    await sql`drop table not_assessed`.execute(db);
    await sql`alter table findings drop column carried`.execute(db);
  },
};
