import { z } from 'zod';
import { listOf } from '../contract/page.schema';
import { SCOPES } from '../auth/principal';

export const tokenSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TokenResponse = z.infer<typeof tokenSchema>;

/** The secret is in this response only. */
export const createdTokenSchema = tokenSchema.extend({ token: z.string().meta({ description: 'The secret (rc_...): shown once, store it now' }) });

export const tokenListSchema = listOf(tokenSchema);
