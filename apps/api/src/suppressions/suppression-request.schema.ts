import { z } from 'zod';
import { globProblem } from '@rolecall/reporting';
import { text } from '../common/text.schema';

/** An ARN glob: no spaces or control characters, bounded in length and wildcards (matched in linear time). */
const resourcePatternSchema = text({ max: 2048 })
  .pipe(z.string().regex(/^\S+$/, 'must be an ARN or an ARN glob (* and ?) without spaces'))
  .superRefine((pattern, context) => {
    const problem = globProblem(pattern);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const createSuppressionSchema = z
  .object({
    ruleId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,127}$/, 'must be a rule id such as iam.role.trust-public').optional(),
    resourcePattern: resourcePatternSchema.optional(),
    accountId: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    reason: text({ max: 2000, multiline: true }),
    expiresAt: z.iso
      .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone (Z or +hh:mm), e.g. 2027-01-31T00:00:00Z' })
      .transform((value) => new Date(value))
      // On the field, not the object: an object-level refine also runs when a field failed, with the raw input.
      .refine((date) => date.getTime() > Date.now(), 'must be in the future')
      .optional(),
  })
  .strict()
  .refine((value) => value.ruleId !== undefined || value.resourcePattern !== undefined, {
    message: 'give a ruleId, a resourcePattern or both',
    path: ['ruleId'],
  });
export type CreateSuppressionRequest = z.infer<typeof createSuppressionSchema>;

export const listSuppressionsQuerySchema = z.object({ includeExpired: z.enum(['true', 'false']).default('false') }).strict();
export type ListSuppressionsQuery = z.infer<typeof listSuppressionsQuerySchema>;

export const suppressionIdSchema = z.string().uuid({ message: 'suppression id must be a UUID' });
