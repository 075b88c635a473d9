import { z } from 'zod';
import { listOf } from '../contract/page.schema';

/** Never includes the token. */
export const integrationSchema = z.object({
  id: z.string().uuid(),
  owner: z.string(),
  repo: z.string(),
  ref: z.string(),
  apiBaseUrl: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type IntegrationResponse = z.infer<typeof integrationSchema>;

export const uploadSchema = z.object({
  id: z.string().uuid(),
  integrationId: z.string().uuid(),
  status: z.enum(['queued', 'pending', 'complete', 'failed', 'timeout', 'error']),
  trigger: z.enum(['request', 'scan']).meta({ description: 'request: POST /v1/scans/{id}/github-uploads; scan: the scan asked for it' }),
  sarifIds: z.array(z.string()),
  errors: z.array(z.string()),
  commitSha: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type UploadResponse = z.infer<typeof uploadSchema>;

export const integrationListSchema = listOf(integrationSchema);
