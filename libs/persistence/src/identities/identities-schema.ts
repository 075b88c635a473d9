import type { ColumnType, GeneratedAlways, Kysely } from 'kysely';
import type { Schema } from '../schema';

type Jsonb<T> = ColumnType<T, string, string>;

export interface ScanAccountSummariesTable {
  scan_id: string;
  account_id: string;
  summary: Jsonb<unknown>;
}

export interface IdentitiesTable {
  scan_id: string;
  account_id: string;
  seq: GeneratedAlways<string>;
  workload_type: string;
  workload: string;
  source_arn: string;
  role_arn: string;
  role_name: string | null;
  region: string;
  cluster: string | null;
  namespace: string | null;
  service_account: string | null;
  admin_equivalent: boolean | null;
  sensitive_classes: Jsonb<string[]>;
  trust_weaknesses: Jsonb<string[]>;
}

export type IdentityTables = {
  scan_account_summaries: ScanAccountSummariesTable;
  identities: IdentitiesTable;
};

export type IdentitiesSchema = Schema & IdentityTables;

export function withIdentityTables(db: Kysely<Schema>): Kysely<IdentitiesSchema> {
  return db.withTables<IdentityTables>();
}
