import { z } from 'zod';
import { accountIdSchema } from '@rolecall/model';

/** One binding of a workload to a role, with the role's risk summary (the identity map's row). */
export const identitySchema = z.object({
  accountId: accountIdSchema,
  workloadType: z.string().min(1),
  workload: z.string().min(1),
  sourceArn: z.string().min(1),
  roleArn: z.string().min(1),
  roleName: z.string().nullable(),
  region: z.string().min(1),
  cluster: z.string().optional(),
  namespace: z.string().optional(),
  serviceAccount: z.string().optional(),
  adminEquivalent: z.boolean().nullable(),
  sensitiveClasses: z.array(z.string()),
  trustWeaknesses: z.array(z.string()),
});
export type Identity = z.infer<typeof identitySchema>;

export const identityFiltersSchema = z
  .object({
    accountId: accountIdSchema.optional(),
    roleArn: z.string().min(1).optional(),
    workloadType: z.string().min(1).optional(),
    cluster: z.string().min(1).optional(),
    namespace: z.string().min(1).optional(),
    adminEquivalent: z.boolean().optional(),
  })
  .strict();
export type IdentityFilters = z.infer<typeof identityFiltersSchema>;

/** Where a page of identities ends: the row's seq. */
export const identityPositionSchema = z.object({ seq: z.string().regex(/^\d+$/) });
export type IdentityPosition = z.infer<typeof identityPositionSchema>;
