import type { Selectable } from 'kysely';
import { z } from 'zod';
import { githubUploadTargetSchema, regionListSchema, scanScopeSchema, type GithubUploadTarget, type ScanScope, type ScanStatus } from '@rolecall/model';
import type { ScansTable } from '../schema';

export interface Scan {
  id: string;
  status: ScanStatus;
  scope: ScanScope;
  /** null: every enabled region. */
  regions: string[] | null;
  requestedBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
  accountTotal: number;
  /** Monotonic creation order: the keyset for newest-first listing. */
  seq: number;
  /** Canonical scope + regions: equal for scans of the same scope. */
  scopeKey: string;
  /** The GitHub upload to run when the scan completes, if one was asked for. */
  githubUpload: GithubUploadTarget | null;
}

export const newScanSchema = z.object({
  scope: scanScopeSchema,
  regions: regionListSchema.nullish(),
  requestedBy: z.string().min(1).max(200).nullish(),
  githubUpload: githubUploadTargetSchema.nullish(),
});
export type NewScan = z.input<typeof newScanSchema>;

/** e.g. "accounts:111111111111,222222222222|regions:eu-west-1,us-east-1" or "organization|regions:*". */
export function scopeKey(scope: ScanScope, regions: readonly string[] | null | undefined): string {
  const accounts = 'organization' in scope ? 'organization' : `accounts:${canonicalList(scope.accounts)}`;
  return `${accounts}|regions:${regions ? canonicalList(regions) : '*'}`;
}

function canonicalList(values: readonly string[]): string {
  return [...new Set(values)].sort().join(',');
}

/** Every column but the organization, which can be large and is read on its own. */
export const SCAN_COLUMNS = [
  'id',
  'status',
  'scope',
  'regions',
  'requested_by',
  'created_at',
  'started_at',
  'finished_at',
  'error',
  'account_total',
  'seq',
  'scope_key',
  'github_upload',
] as const;
export type ScanRow = Pick<Selectable<ScansTable>, (typeof SCAN_COLUMNS)[number]>;

export function toScan(row: ScanRow): Scan {
  return {
    id: row.id,
    status: row.status,
    scope: row.scope,
    regions: row.regions,
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    error: row.error,
    accountTotal: row.account_total,
    seq: Number(row.seq),
    scopeKey: row.scope_key,
    githubUpload: row.github_upload,
  };
}
