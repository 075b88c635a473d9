import { sql, type Kysely, type Migration } from 'kysely';

const UP = [
  // Organization-stage findings are replaced by the finalizer, account-stage ones by the account job.
  `alter table findings add column stage text not null default 'account' check (stage in ('account', 'organization'))`,
  `create table scan_account_summaries (
    scan_id uuid not null,
    account_id text not null,
    summary jsonb not null,
    primary key (scan_id, account_id),
    foreign key (scan_id, account_id) references scan_accounts (scan_id, account_id) on delete cascade
  )`,
  `create table identities (
    scan_id uuid not null,
    account_id text not null,
    seq bigint generated always as identity,
    workload_type text not null,
    workload text not null,
    source_arn text not null,
    role_arn text not null,
    role_name text,
    region text not null,
    cluster text,
    namespace text,
    service_account text,
    admin_equivalent boolean,
    sensitive_classes jsonb not null,
    trust_weaknesses jsonb not null,
    foreign key (scan_id, account_id) references scan_accounts (scan_id, account_id) on delete cascade
  )`,
  `create unique index identities_seq on identities (seq)`,
  `create index identities_scan_order on identities (scan_id, seq)`,
  `create index identities_scan_account on identities (scan_id, account_id, seq)`,
  `create index identities_scan_role on identities (scan_id, role_arn, seq)`,
  `create index identities_scan_workload_type on identities (scan_id, workload_type, seq)`,
  `create index identities_scan_cluster on identities (scan_id, cluster, namespace, seq)`,
];

const DOWN = ['drop table identities', 'drop table scan_account_summaries', 'alter table findings drop column stage'];

async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** Per-account identity summaries, the identity map, and the stage of each finding. */
export const identitiesMigration: Migration = {
  up: (db) => run(db, UP),
  down: (db) => run(db, DOWN),
};
