import { sql, type Kysely, type Migration } from 'kysely';

const STATUS = `('queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled')`;

const UP = [
  `create table scans (
    id uuid primary key default gen_random_uuid(),
    status text not null check (status in ${STATUS}),
    scope jsonb not null,
    regions jsonb,
    requested_by text,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz,
    error text,
    account_total integer not null default 0,
    seq bigint generated always as identity unique,
    scope_key text not null
  )`,
  `create index scans_scope_key_seq on scans (scope_key, seq)`,
  `create table scan_accounts (
    scan_id uuid not null references scans (id) on delete cascade,
    account_id text not null,
    account_name text,
    status text not null check (status in ${STATUS}),
    error text,
    started_at timestamptz,
    finished_at timestamptz,
    aws_calls jsonb not null default '{}',
    gaps jsonb not null default '[]',
    attempts integer not null default 0,
    finding_count integer not null default 0,
    primary key (scan_id, account_id)
  )`,
  `create index scan_accounts_account_latest on scan_accounts (account_id, finished_at desc)`,
  `create table findings (
    id uuid primary key default gen_random_uuid(),
    scan_id uuid not null,
    account_id text not null,
    fingerprint text not null,
    rule_id text not null,
    severity text not null check (severity in ('critical', 'high', 'medium', 'low', 'info')),
    severity_rank smallint not null check (severity_rank between 0 and 4),
    title text not null,
    message text not null,
    region text not null,
    resource_arn text not null,
    resource_type text not null,
    resource_name text not null,
    related_resources jsonb not null,
    evidence jsonb not null,
    remediation text not null,
    seq bigint generated always as identity,
    unique (scan_id, fingerprint),
    foreign key (scan_id, account_id) references scan_accounts (scan_id, account_id) on delete cascade
  )`,
  // Listing: one index per filter, ordered like the keyset (severity_rank, seq) and carrying the
  // other filter columns, so a combined filter is answered from the index alone (see FindingsRepository).
  `create unique index findings_seq on findings (seq)`,
  `create index findings_scan_order on findings (scan_id, severity_rank, seq) include (rule_id, account_id, region, resource_type)`,
  `create index findings_scan_account on findings (scan_id, account_id, severity_rank, seq) include (rule_id, region, resource_type)`,
  `create index findings_scan_rule on findings (scan_id, rule_id, severity_rank, seq) include (account_id, region, resource_type)`,
  `create index findings_scan_region on findings (scan_id, region, severity_rank, seq) include (rule_id, account_id, resource_type)`,
  `create index findings_scan_resource_type on findings (scan_id, resource_type, severity_rank, seq) include (rule_id, account_id, region)`,
  `create table api_tokens (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    scopes jsonb not null,
    created_at timestamptz not null default now(),
    created_by text,
    revoked_at timestamptz,
    last_used_at timestamptz
  )`,
  `create table settings (key text primary key, value text not null)`,
];

const DOWN = ['drop table settings', 'drop table api_tokens', 'drop table findings', 'drop table scan_accounts', 'drop table scans'];

async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** Scans, per-account runs, findings (keyset-indexed per filter), API tokens and settings. */
export const initialMigration: Migration = {
  up: (db) => run(db, UP),
  down: (db) => run(db, DOWN),
};
