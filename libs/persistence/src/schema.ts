import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { AccountRunStatus, Carried, CollectionGap, MissingOperation, ResourceRef, Evidence, GithubUploadTarget, OrganizationContext, ScanScope, ScanStatus, Severity } from '@rolecall/model';

/** jsonb: read as the parsed value, written as JSON text (see `toJsonb`). */
export type Jsonb<T> = ColumnType<T, string, string>;
/** jsonb that may be SQL null. */
export type NullableJsonb<T> = ColumnType<T | null, string | null, string | null>;
/** jsonb with a column default. */
export type JsonbWithDefault<T> = ColumnType<T, string | undefined, string>;
/** bigint identity: both engines read int8 as a decimal string. */
export type Int8Identity = GeneratedAlways<string>;

export interface ScansTable {
  id: Generated<string>;
  status: ScanStatus;
  scope: Jsonb<ScanScope>;
  regions: NullableJsonb<string[]>;
  requested_by: string | null;
  created_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
  error: string | null;
  account_total: Generated<number>;
  seq: Int8Identity;
  scope_key: string;
  organization: NullableJsonb<OrganizationContext>;
  github_upload: NullableJsonb<GithubUploadTarget>;
}

export interface ScanAccountsTable {
  scan_id: string;
  account_id: string;
  account_name: string | null;
  status: AccountRunStatus;
  error: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  aws_calls: JsonbWithDefault<Record<string, number>>;
  gaps: JsonbWithDefault<CollectionGap[]>;
  attempts: Generated<number>;
  finding_count: Generated<number>;
}

export interface FindingsTable {
  id: Generated<string>;
  scan_id: string;
  account_id: string;
  fingerprint: string;
  rule_id: string;
  severity: Severity;
  severity_rank: number;
  title: string;
  message: string;
  region: string;
  resource_arn: string;
  resource_type: string;
  resource_name: string;
  related_resources: Jsonb<string[]>;
  evidence: Jsonb<Evidence>;
  remediation: string;
  seq: Int8Identity;
  /** Who replaces the row: the account job ('account') or the scan finalizer ('organization'). */
  stage: Generated<'account' | 'organization'>;
  /** Shown again because the rule could not assess the resource in this scan. */
  carried: NullableJsonb<Carried>;
}

export interface NotAssessedTable {
  scan_id: string;
  account_id: string;
  rule_id: string;
  region: string;
  resource: NullableJsonb<ResourceRef>;
  missing: Jsonb<MissingOperation[]>;
  stage: Generated<'account' | 'organization'>;
  seq: Int8Identity;
}

export interface ApiTokensTable {
  id: Generated<string>;
  name: string;
  token_hash: string;
  scopes: Jsonb<string[]>;
  created_at: Generated<Date>;
  created_by: string | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Schema {
  scans: ScansTable;
  scan_accounts: ScanAccountsTable;
  findings: FindingsTable;
  not_assessed: NotAssessedTable;
  api_tokens: ApiTokensTable;
  settings: SettingsTable;
}
