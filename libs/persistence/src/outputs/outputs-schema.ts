import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Schema } from '../schema';

type JsonbWithDefault<T> = ColumnType<T, string | undefined, string>;

export interface SuppressionsTable {
  id: Generated<string>;
  rule_id: string | null;
  resource_pattern: string | null;
  /** resource_pattern as a LIKE pattern (`*` -> `%`, `?` -> `_`, escaped with `\`). */
  resource_like: string | null;
  account_id: string | null;
  reason: string;
  expires_at: Date | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface GithubIntegrationsTable {
  id: Generated<string>;
  owner: string;
  repo: string;
  ref: string;
  api_base_url: string;
  token_ciphertext: string;
  created_by: string;
  created_at: Generated<Date>;
}

export interface GithubUploadsTable {
  id: Generated<string>;
  scan_id: string;
  integration_id: string;
  status: 'queued' | 'pending' | 'complete' | 'failed' | 'timeout' | 'error';
  sarif_ids: JsonbWithDefault<string[]>;
  errors: JsonbWithDefault<string[]>;
  commit_sha: string | null;
  created_at: Generated<Date>;
  finished_at: Date | null;
  trigger: ColumnType<GithubUploadTrigger, GithubUploadTrigger | undefined, never>;
}

/** request: POST /v1/scans/{id}/github-uploads; scan: the scan's (or its schedule's) own upload target. */
export type GithubUploadTrigger = 'request' | 'scan';

export interface FindingSnapshotsTable {
  id: Generated<string>;
  created_at: Generated<Date>;
}

export interface FindingSnapshotPairsTable {
  snapshot_id: string;
  scan_id: string;
  account_id: string;
}

/** The tables of migration 0004, added to the shared schema by `withOutputTables`. */
export type OutputTables = {
  suppressions: SuppressionsTable;
  github_integrations: GithubIntegrationsTable;
  github_uploads: GithubUploadsTable;
  finding_snapshots: FindingSnapshotsTable;
  finding_snapshot_pairs: FindingSnapshotPairsTable;
};

export type OutputsSchema = Schema & OutputTables;

export function withOutputTables(db: Kysely<Schema>): Kysely<OutputsSchema> {
  return db.withTables<OutputTables>();
}
