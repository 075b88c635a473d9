import { z } from 'zod';

export const SCAN_STATUSES = ['queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
export const TERMINAL_SCAN_STATUSES: readonly ScanStatus[] = ['succeeded', 'partial', 'failed', 'cancelled'];

export const ACCOUNT_RUN_STATUSES = ['queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled'] as const;
export type AccountRunStatus = (typeof ACCOUNT_RUN_STATUSES)[number];

export const accountIdSchema = z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id');

export const scanScopeSchema = z.union(
  [
    z.object({ organization: z.literal(true) }).strict(),
    z.object({ accounts: z.array(accountIdSchema).min(1).max(5000) }).strict(),
  ],
  { error: 'must be {"organization": true} or {"accounts": ["<12-digit account id>", ...]}' },
);
export type ScanScope = z.infer<typeof scanScopeSchema>;

/** Where a scan's SARIF goes when it completes: a registered GitHub integration, optionally a fixed commit. */
export const githubUploadTargetSchema = z
  .object({
    integrationId: z.string().uuid({ message: 'must be the id (a UUID) of a registered GitHub integration' }),
    commitSha: z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-digit commit sha').optional(),
  })
  .strict();
export type GithubUploadTarget = z.infer<typeof githubUploadTargetSchema>;

/** A call that failed during collection: the rules treat what it would have read as not assessed. */
export const collectionGapSchema = z.object({
  service: z.string(),
  operation: z.string(),
  region: z.string(),
  errorCode: z.string(),
  message: z.string().optional(),
  /** The one resource whose reads failed (an ECS or EKS cluster, a role, a launch template); absent: the whole region. */
  resource: z.string().optional(),
});
export type CollectionGap = z.infer<typeof collectionGapSchema>;

/** AWS calls made for one account, keyed "service:Operation". */
export type AwsCallCounts = Record<string, number>;
