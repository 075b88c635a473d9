import { z } from 'zod';
import { arnSchema, tagMapSchema, timestampSchema } from './common.schema';
import { kubernetesSchema } from './kubernetes.schema';

export const nodegroupSchema = z.strictObject({
  nodegroupName: z.string().min(1),
  nodegroupArn: arnSchema.optional(),
  version: z.string().optional(),
  releaseVersion: z.string().optional(),
  createdAt: timestampSchema,
  modifiedAt: timestampSchema.optional(),
  status: z.string().default('ACTIVE'),
  capacityType: z.enum(['ON_DEMAND', 'SPOT', 'CAPACITY_BLOCK']).optional(),
  scalingConfig: z.strictObject({ minSize: z.number().int(), maxSize: z.number().int(), desiredSize: z.number().int() }).optional(),
  instanceTypes: z.array(z.string()).optional(),
  subnets: z.array(z.string()).default([]),
  amiType: z.string().optional(),
  nodeRole: arnSchema,
  labels: z.record(z.string(), z.string()).optional(),
  resources: z
    .strictObject({
      autoScalingGroups: z.array(z.strictObject({ name: z.string() })).default([]),
      remoteAccessSecurityGroup: z.string().optional(),
    })
    .optional(),
  diskSize: z.number().int().optional(),
  launchTemplate: z.strictObject({ name: z.string().optional(), version: z.string().optional(), id: z.string().optional() }).optional(),
  tags: tagMapSchema.default({}),
});
export type WorldNodegroup = z.infer<typeof nodegroupSchema>;

export const fargateProfileSchema = z.strictObject({
  fargateProfileName: z.string().min(1),
  fargateProfileArn: arnSchema.optional(),
  createdAt: timestampSchema,
  podExecutionRoleArn: arnSchema,
  subnets: z.array(z.string()).default([]),
  selectors: z.array(z.strictObject({ namespace: z.string(), labels: z.record(z.string(), z.string()).optional() })).default([]),
  status: z.string().default('ACTIVE'),
  tags: tagMapSchema.default({}),
});
export type WorldFargateProfile = z.infer<typeof fargateProfileSchema>;

export const podIdentityAssociationSchema = z.strictObject({
  associationId: z.string().regex(/^a-[a-z0-9]{10,24}$/, 'must look like a-abcdefghij0123456'),
  associationArn: arnSchema.optional(),
  namespace: z.string().min(1),
  serviceAccount: z.string().min(1),
  roleArn: arnSchema,
  createdAt: timestampSchema,
  modifiedAt: timestampSchema.optional(),
  ownerArn: arnSchema.optional(),
  disableSessionTags: z.boolean().optional(),
  targetRoleArn: arnSchema.optional(),
  externalId: z.string().optional(),
  tags: tagMapSchema.default({}),
});
export type WorldPodIdentityAssociation = z.infer<typeof podIdentityAssociationSchema>;

export const associatedAccessPolicySchema = z.strictObject({
  policyArn: z.string().regex(/^arn:aws:eks::aws:cluster-access-policy\/.+$/, 'must be an EKS access policy ARN'),
  accessScope: z.strictObject({ type: z.enum(['cluster', 'namespace']), namespaces: z.array(z.string()).default([]) }),
  associatedAt: timestampSchema,
  modifiedAt: timestampSchema.optional(),
});

/** An access entry in DescribeAccessEntry's shape plus its associated access policies. */
export const accessEntrySchema = z.strictObject({
  principalArn: arnSchema,
  accessEntryArn: arnSchema.optional(),
  kubernetesGroups: z.array(z.string()).default([]),
  username: z.string().optional(),
  type: z.enum(['STANDARD', 'FARGATE_LINUX', 'EC2_LINUX', 'EC2_WINDOWS', 'EC2', 'HYBRID_LINUX', 'HYPERPOD_LINUX']).default('STANDARD'),
  createdAt: timestampSchema,
  modifiedAt: timestampSchema.optional(),
  tags: tagMapSchema.default({}),
  accessPolicies: z.array(associatedAccessPolicySchema).default([]),
});
export type WorldAccessEntry = z.infer<typeof accessEntrySchema>;

/** A cluster in DescribeCluster's shape (a subset) plus its node groups, Fargate profiles, Pod Identity associations and access entries. */
export const eksClusterSchema = z.strictObject({
  name: z.string().regex(/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/),
  arn: arnSchema.optional(),
  createdAt: timestampSchema,
  version: z.string(),
  platformVersion: z.string().optional(),
  endpoint: z.string().optional(),
  roleArn: arnSchema,
  status: z.enum(['CREATING', 'ACTIVE', 'DELETING', 'FAILED', 'UPDATING', 'PENDING']).default('ACTIVE'),
  resourcesVpcConfig: z.strictObject({
    subnetIds: z.array(z.string()).default([]),
    securityGroupIds: z.array(z.string()).default([]),
    clusterSecurityGroupId: z.string().optional(),
    vpcId: z.string().optional(),
    endpointPublicAccess: z.boolean(),
    endpointPrivateAccess: z.boolean(),
    publicAccessCidrs: z.array(z.string()).default([]),
  }),
  kubernetesNetworkConfig: z.strictObject({ serviceIpv4Cidr: z.string().optional(), ipFamily: z.enum(['ipv4', 'ipv6']).optional() }).optional(),
  logging: z
    .strictObject({
      clusterLogging: z.array(z.strictObject({ types: z.array(z.enum(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'])), enabled: z.boolean() })),
    })
    .optional(),
  identity: z.strictObject({ oidc: z.strictObject({ issuer: z.string().url() }).optional() }).optional(),
  certificateAuthority: z.strictObject({ data: z.string() }).optional(),
  encryptionConfig: z.array(z.strictObject({ resources: z.array(z.string()), provider: z.strictObject({ keyArn: arnSchema }) })).optional(),
  accessConfig: z
    .strictObject({
      bootstrapClusterCreatorAdminPermissions: z.boolean().optional(),
      authenticationMode: z.enum(['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP']),
    })
    .optional(),
  tags: tagMapSchema.default({}),
  nodegroups: z.array(nodegroupSchema).default([]),
  fargateProfiles: z.array(fargateProfileSchema).default([]),
  podIdentityAssociations: z.array(podIdentityAssociationSchema).default([]),
  accessEntries: z.array(accessEntrySchema).default([]),
  /** Served at the cluster's endpoint (the simulator's /k8s/<account>/<region>/<cluster>). */
  kubernetes: kubernetesSchema.optional(),
});
export type WorldEksCluster = z.infer<typeof eksClusterSchema>;

export const eksSchema = z.strictObject({ clusters: z.array(eksClusterSchema).default([]) });
export type WorldEks = z.infer<typeof eksSchema>;
