import { sql, type Kysely, type Migration } from 'kysely';

const UP = [
  `create table suppressions (
    id uuid primary key default gen_random_uuid(),
    rule_id text,
    resource_pattern text,
    resource_like text,
    account_id text,
    reason text not null,
    expires_at timestamptz,
    created_by text not null,
    created_at timestamptz not null default now(),
    check (rule_id is not null or resource_pattern is not null)
  )`,
  `create table github_integrations (
    id uuid primary key default gen_random_uuid(),
    owner text not null,
    repo text not null,
    ref text not null,
    api_base_url text not null,
    token_ciphertext text not null,
    created_by text not null,
    created_at timestamptz not null default now()
  )`,
  `create table github_uploads (
    id uuid primary key default gen_random_uuid(),
    scan_id uuid not null references scans (id) on delete cascade,
    integration_id uuid not null references github_integrations (id) on delete cascade,
    status text not null check (status in ('queued', 'pending', 'complete', 'failed', 'timeout', 'error')),
    sarif_ids jsonb not null default '[]',
    errors jsonb not null default '[]',
    commit_sha text,
    created_at timestamptz not null default now(),
    finished_at timestamptz
  )`,
  `create index github_uploads_scan on github_uploads (scan_id, created_at)`,
  // Current-state listings page over the (scan, account) pairs fixed at their first page.
  `create table finding_snapshots (id uuid primary key default gen_random_uuid(), created_at timestamptz not null default now())`,
  `create table finding_snapshot_pairs (
    snapshot_id uuid not null references finding_snapshots (id) on delete cascade,
    scan_id uuid not null,
    account_id text not null,
    primary key (snapshot_id, scan_id, account_id)
  )`,
];

const DOWN = ['drop table finding_snapshot_pairs', 'drop table finding_snapshots', 'drop table github_uploads', 'drop table github_integrations', 'drop table suppressions'];

async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** Suppressions, GitHub integrations and uploads, and current-state listing snapshots. */
export const outputsMigration: Migration = {
  up: (db) => run(db, UP),
  down: (db) => run(db, DOWN),
};
