import { z } from 'zod';
import { inventoryItemSchema, tagsSchema } from './common.schema';
import { launchTemplateRefSchema } from './autoscaling.schema';
import { awsAuthConfigMapSchema, clusterRoleBindingSchema, kubernetesPodSchema, kubernetesServiceAccountSchema } from './kubernetes.schema';

export const eksClusterSchema = inventoryItemSchema.extend({
  name: z.string(),
  status: z.string(),
  version: z.string().optional(),
  roleArn: z.string().optional(),
  oidcIssuer: z.string().optional(),
  endpointPublicAccess: z.boolean(),
  endpointPrivateAccess: z.boolean(),
  publicAccessCidrs: z.array(z.string()),
  authenticationMode: z.string().optional(),
  bootstrapClusterCreatorAdminPermissions: z.boolean().optional(),
  /** KMS keys of encryptionConfig entries, with the resources (e.g. "secrets") each one covers. */
  encryption: z.array(z.object({ resources: z.array(z.string()), keyArn: z.string().optional() })),
  enabledLogTypes: z.array(z.string()),
  tags: tagsSchema,
});
export type EksCluster = z.infer<typeof eksClusterSchema>;

const clusterChildSchema = inventoryItemSchema.extend({ clusterName: z.string() });

export const eksNodegroupSchema = clusterChildSchema.extend({
  name: z.string(),
  status: z.string(),
  nodeRoleArn: z.string().optional(),
  launchTemplate: launchTemplateRefSchema.optional(),
  autoScalingGroupNames: z.array(z.string()),
  amiType: z.string().optional(),
  capacityType: z.string().optional(),
  tags: tagsSchema,
});
export type EksNodegroup = z.infer<typeof eksNodegroupSchema>;

export const eksFargateProfileSchema = clusterChildSchema.extend({
  name: z.string(),
  status: z.string(),
  podExecutionRoleArn: z.string().optional(),
  selectors: z.array(z.object({ namespace: z.string().optional(), labels: z.record(z.string(), z.string()) })),
  tags: tagsSchema,
});
export type EksFargateProfile = z.infer<typeof eksFargateProfileSchema>;

export const eksPodIdentityAssociationSchema = clusterChildSchema.extend({
  associationId: z.string(),
  namespace: z.string(),
  serviceAccount: z.string(),
  roleArn: z.string(),
  targetRoleArn: z.string().optional(),
  disableSessionTags: z.boolean().optional(),
  tags: tagsSchema,
});
export type EksPodIdentityAssociation = z.infer<typeof eksPodIdentityAssociationSchema>;

export const eksAccessPolicySchema = z.object({
  policyArn: z.string(),
  scopeType: z.string(),
  namespaces: z.array(z.string()),
});
export type EksAccessPolicy = z.infer<typeof eksAccessPolicySchema>;

export const eksAccessEntrySchema = clusterChildSchema.extend({
  principalArn: z.string(),
  type: z.string().optional(),
  username: z.string().optional(),
  kubernetesGroups: z.array(z.string()),
  accessPolicies: z.array(eksAccessPolicySchema),
  tags: tagsSchema,
});
export type EksAccessEntry = z.infer<typeof eksAccessEntrySchema>;

export const eksInventorySchema = z.object({
  clusters: z.array(eksClusterSchema),
  nodegroups: z.array(eksNodegroupSchema),
  fargateProfiles: z.array(eksFargateProfileSchema),
  podIdentityAssociations: z.array(eksPodIdentityAssociationSchema),
  accessEntries: z.array(eksAccessEntrySchema),
  /** Read from each reachable cluster's Kubernetes API (absent from inventories stored before it was read). */
  serviceAccounts: z.array(kubernetesServiceAccountSchema).default([]),
  pods: z.array(kubernetesPodSchema).default([]),
  awsAuth: z.array(awsAuthConfigMapSchema).default([]),
  clusterRoleBindings: z.array(clusterRoleBindingSchema).default([]),
});
export type EksInventory = z.infer<typeof eksInventorySchema>;
