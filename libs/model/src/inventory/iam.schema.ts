import { z } from 'zod';
import { inventoryItemSchema, policyDocumentSchema, tagsSchema } from './common.schema';

/** A document IAM left out stays absent (the rules read it as not assessable). */
export const inlinePolicySchema = z.object({ policyName: z.string(), document: policyDocumentSchema.optional() });
export type InlinePolicy = z.infer<typeof inlinePolicySchema>;

export const attachedPolicySchema = z.object({ policyName: z.string(), policyArn: z.string() });
export type AttachedPolicy = z.infer<typeof attachedPolicySchema>;

/** One row of IAM Access Advisor: a service the role may call and when it last did. */
export const serviceLastAccessedSchema = z.object({
  serviceNamespace: z.string(),
  serviceName: z.string(),
  lastAuthenticated: z.string().optional(),
  lastAuthenticatedRegion: z.string().optional(),
});
export type ServiceLastAccessed = z.infer<typeof serviceLastAccessedSchema>;

export const iamRoleSchema = inventoryItemSchema.extend({
  roleName: z.string(),
  roleId: z.string(),
  path: z.string(),
  createDate: z.string().optional(),
  trustPolicy: policyDocumentSchema.optional(),
  inlinePolicies: z.array(inlinePolicySchema),
  attachedManagedPolicies: z.array(attachedPolicySchema),
  permissionsBoundaryArn: z.string().optional(),
  instanceProfiles: z.array(z.object({ arn: z.string(), name: z.string() })),
  tags: tagsSchema,
  lastUsed: z.object({ date: z.string().optional(), region: z.string().optional() }).optional(),
  /** Present only for workload roles (ECS task, IRSA, Pod Identity) whose Access Advisor report was read. */
  serviceLastAccessed: z.array(serviceLastAccessedSchema).optional(),
});
export type IamRole = z.infer<typeof iamRoleSchema>;

/** A managed policy with its default version's document (AWS managed ones only when attached). */
export const managedPolicySchema = inventoryItemSchema.extend({
  policyName: z.string(),
  path: z.string(),
  awsManaged: z.boolean(),
  defaultVersionId: z.string(),
  attachmentCount: z.number().int(),
  document: policyDocumentSchema.optional(),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

export const oidcProviderSchema = inventoryItemSchema.extend({
  url: z.string(),
  clientIds: z.array(z.string()),
  thumbprints: z.array(z.string()),
  tags: tagsSchema,
});
export type OidcProvider = z.infer<typeof oidcProviderSchema>;

export const iamInventorySchema = z.object({
  roles: z.array(iamRoleSchema),
  managedPolicies: z.array(managedPolicySchema),
  oidcProviders: z.array(oidcProviderSchema),
});
export type IamInventory = z.infer<typeof iamInventorySchema>;
