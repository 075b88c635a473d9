import { z } from 'zod';
import { accountIdSchema, regionListSchema } from '@rolecall/model';

const scanIdSchema = z.string().uuid();

export const planScanPayloadSchema = z.object({ scanId: scanIdSchema }).strict();
export type PlanScanPayload = z.infer<typeof planScanPayloadSchema>;

export const finalizeScanPayloadSchema = z.object({ scanId: scanIdSchema }).strict();
export type FinalizeScanPayload = z.infer<typeof finalizeScanPayloadSchema>;

export const scanAccountPayloadSchema = z
  .object({
    scanId: scanIdSchema,
    accountId: accountIdSchema,
    accountName: z.string().optional(),
    regions: regionListSchema.optional(),
  })
  .strict();
export type ScanAccountPayload = z.infer<typeof scanAccountPayloadSchema>;

/** One recorded upload (github_uploads row) to run; commitSha pins the commit, else the integration's ref is resolved. */
export const githubUploadPayloadSchema = z
  .object({
    uploadId: z.string().uuid(),
    commitSha: z.string().regex(/^[0-9a-f]{40}$/).optional(),
  })
  .strict();
export type GithubUploadPayload = z.infer<typeof githubUploadPayloadSchema>;
