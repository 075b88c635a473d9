import type { Selectable } from 'kysely';
import { z } from 'zod';
import {
  accountIdSchema,
  carriedSchema,
  notAssessedSchema,
  collectionGapSchema,
  resourceRefSchema,
  severitySchema,
  type AccountRunStatus,
  type AwsCallCounts,
  type CollectionGap,
} from '@rolecall/model';
import type { ScanAccountsTable } from '../schema';

/** One account's run within a scan. */
export interface ScanAccount {
  scanId: string;
  accountId: string;
  accountName: string | null;
  status: AccountRunStatus;
  error: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  awsCalls: AwsCallCounts;
  gaps: CollectionGap[];
  attempts: number;
  findingCount: number;
}

export const plannedAccountsSchema = z.array(
  z.object({ accountId: accountIdSchema, accountName: z.string().max(200).nullish() }),
);
export type PlannedAccount = z.input<typeof plannedAccountsSchema>[number];

const fingerprintedFindingSchema = z.object({
  ruleId: z.string().min(1).max(200),
  severity: severitySchema,
  title: z.string().min(1),
  message: z.string(),
  accountId: accountIdSchema,
  region: z.string().min(1).max(64),
  resource: resourceRefSchema,
  relatedResources: z.array(z.string()),
  evidence: z.record(z.string(), z.unknown()),
  remediation: z.string(),
  fingerprint: z.string().min(1).max(512),
  carried: carriedSchema.optional(),
});

export const accountResultSchema = z.object({
  status: z.enum(['succeeded', 'partial', 'failed', 'cancelled']),
  error: z.string().nullish(),
  awsCalls: z.record(z.string(), z.number().int().nonnegative()),
  gaps: z.array(collectionGapSchema),
  findings: z.array(fingerprintedFindingSchema),
  /** Where each rule could not assess the account; the findings it last reported there are carried. */
  notAssessed: z.array(notAssessedSchema).default([]),
});
/** What one finished attempt at an account produced. */
export type AccountResult = z.input<typeof accountResultSchema>;

export function toScanAccount(row: Selectable<ScanAccountsTable>): ScanAccount {
  return {
    scanId: row.scan_id,
    accountId: row.account_id,
    accountName: row.account_name,
    status: row.status,
    error: row.error,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    awsCalls: row.aws_calls,
    gaps: row.gaps,
    attempts: row.attempts,
    findingCount: row.finding_count,
  };
}
