import { z } from 'zod';

export const createSuppressionSchema = z
  .object({
    ruleId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,127}$/, 'must be a rule id such as iam.role.trust-public').optional(),
    resourcePattern: z.string().min(1).max(2048).regex(/^\S+$/, 'must be an ARN or an ARN glob (* and ?) without spaces').optional(),
    accountId: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    reason: z.string().trim().min(1, 'is required').max(2000),
    expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).transform((value) => new Date(value)).optional(),
  })
  .strict()
  .refine((value) => value.ruleId !== undefined || value.resourcePattern !== undefined, {
    message: 'give a ruleId, a resourcePattern or both',
    path: ['ruleId'],
  })
  .refine((value) => value.expiresAt === undefined || value.expiresAt.getTime() > Date.now(), { message: 'must be in the future', path: ['expiresAt'] });
export type CreateSuppressionRequest = z.infer<typeof createSuppressionSchema>;

export const listSuppressionsQuerySchema = z.object({ includeExpired: z.enum(['true', 'false']).default('false') }).strict();

export const suppressionIdSchema = z.string().uuid({ message: 'suppression id must be a UUID' });
