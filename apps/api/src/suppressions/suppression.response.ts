import { z } from 'zod';
import { listOf } from '../contract/page.schema';

export const suppressionSchema = z.object({
  id: z.string().uuid(),
  ruleId: z.string().nullable(),
  resourcePattern: z.string().nullable(),
  accountId: z.string().nullable(),
  reason: z.string(),
  expiresAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  active: z.boolean().meta({ description: 'false once expiresAt has passed' }),
});
export type SuppressionResponse = z.infer<typeof suppressionSchema>;

export const suppressionListSchema = listOf(suppressionSchema);
