import { z } from 'zod';
import { ACCOUNT_RUN_STATUSES, SCAN_STATUSES, SEVERITIES, collectionGapSchema, githubUploadTargetSchema, notAssessedSchema, scanScopeSchema } from '@rolecall/model';
import { pageOf } from '../contract/page.schema';
import { uploadSchema } from '../integrations/integration.response';

const isoTime = z.string().meta({ description: 'ISO 8601 date-time (UTC)' });

/** A scan as POST /v1/scans, GET /v1/scans and cancel return it (presentScan is typed from this). */
export const scanSchema = z.object({
  id: z.string().uuid(),
  status: z.enum(SCAN_STATUSES),
  scope: scanScopeSchema,
  regions: z.array(z.string()).nullable().meta({ description: 'null: every enabled region' }),
  requestedBy: z.string().nullable(),
  createdAt: isoTime,
  startedAt: isoTime.nullable(),
  finishedAt: isoTime.nullable(),
  error: z.string().nullable(),
  accountTotal: z.number().int().meta({ description: 'Accounts planned; 0 until the scan is planned' }),
  githubUpload: githubUploadTargetSchema.nullable(),
});
export type ScanResponse = z.infer<typeof scanSchema>;

const countsBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as { [K in T[number]]: z.ZodNumber });

export const coverageSchema = z.object({
  assessed: z.number().int(),
  notAssessed: z.number().int(),
  notAssessedEntries: z.number().int(),
});
export type CoverageResponse = z.infer<typeof coverageSchema>;

export const scanAccountSchema = z.object({
  accountId: z.string().regex(/^\d{12}$/),
  accountName: z.string().nullable(),
  status: z.enum(ACCOUNT_RUN_STATUSES),
  error: z.string().nullable(),
  startedAt: isoTime.nullable(),
  finishedAt: isoTime.nullable(),
  attempts: z.number().int(),
  findingCount: z.number().int(),
  awsCalls: z.record(z.string(), z.number().int()).meta({ description: 'AWS calls made, keyed "service:Operation"' }),
  gaps: z.array(collectionGapSchema),
});

/** GET /v1/scans/{id}: progress (accounts by status) and finding counts by severity. */
export const scanDetailSchema = scanSchema.extend({
  progress: countsBy(ACCOUNT_RUN_STATUSES).meta({ description: 'Accounts by run status; done = succeeded + partial + failed + cancelled' }),
  findingCounts: countsBy(SEVERITIES).meta({ description: 'Open (unsuppressed) findings by severity' }),
  coverage: coverageSchema,
  accounts: z.array(scanAccountSchema),
  githubUploads: z.array(uploadSchema),
});
export type ScanDetailResponse = z.infer<typeof scanDetailSchema>;

export const scansPageSchema = pageOf(scanSchema);
export const notAssessedPageSchema = pageOf(notAssessedSchema);
