import type { ManagedPolicyDetail, RoleDetail, ServiceLastAccessed as SdkServiceLastAccessed } from '@aws-sdk/client-iam';
import { GLOBAL_REGION, type IamRole, type ManagedPolicy, type ServiceLastAccessed } from '@rolecall/model';
import { compact, decodePolicyDocument, isoDate, nameFromArn, tagsFrom } from './shared';

const AWS_MANAGED_POLICY_ARN = /^arn:[\w-]+:iam::aws:policy\//;

/** A role as IAM details it; a missing name is read from the ARN. Without an ARN the arn is '' (see Collection.identified). */
export function roleFromDetail(detail: RoleDetail, accountId: string): IamRole {
  const arn = detail.Arn ?? '';
  return compact({
    arn,
    accountId,
    region: GLOBAL_REGION,
    roleName: detail.RoleName || nameFromArn(arn),
    roleId: detail.RoleId ?? '',
    path: detail.Path ?? '/',
    createDate: isoDate(detail.CreateDate),
    trustPolicy: decodePolicyDocument(detail.AssumeRolePolicyDocument),
    inlinePolicies: (detail.RolePolicyList ?? []).map((policy) => ({
      policyName: policy.PolicyName ?? '',
      document: decodePolicyDocument(policy.PolicyDocument),
    })),
    attachedManagedPolicies: (detail.AttachedManagedPolicies ?? []).map((policy) => ({
      policyName: policy.PolicyName || nameFromArn(policy.PolicyArn ?? ''),
      policyArn: policy.PolicyArn ?? '',
    })),
    permissionsBoundaryArn: detail.PermissionsBoundary?.PermissionsBoundaryArn,
    instanceProfiles: (detail.InstanceProfileList ?? []).map((profile) => ({
      arn: profile.Arn ?? '',
      name: profile.InstanceProfileName || nameFromArn(profile.Arn ?? ''),
    })),
    tags: tagsFrom(detail.Tags),
    lastUsed: detail.RoleLastUsed?.LastUsedDate
      ? compact({ date: isoDate(detail.RoleLastUsed.LastUsedDate), region: detail.RoleLastUsed.Region })
      : undefined,
  });
}

/** A managed policy with the document of its default version (other versions are dropped); a missing name is read from the ARN. */
export function managedPolicyFromDetail(detail: ManagedPolicyDetail, accountId: string): ManagedPolicy {
  const defaultVersion = (detail.PolicyVersionList ?? []).find((version) => version.IsDefaultVersion);
  const arn = detail.Arn ?? '';
  return {
    arn,
    accountId,
    region: GLOBAL_REGION,
    policyName: detail.PolicyName || nameFromArn(arn),
    path: detail.Path ?? '/',
    awsManaged: AWS_MANAGED_POLICY_ARN.test(arn),
    defaultVersionId: detail.DefaultVersionId ?? defaultVersion?.VersionId ?? '',
    attachmentCount: detail.AttachmentCount ?? 0,
    document: decodePolicyDocument(defaultVersion?.Document),
  };
}

export function serviceLastAccessedFrom(rows: readonly SdkServiceLastAccessed[]): ServiceLastAccessed[] {
  return rows.map((row) =>
    compact({
      serviceNamespace: row.ServiceNamespace ?? '',
      serviceName: row.ServiceName ?? '',
      lastAuthenticated: isoDate(row.LastAuthenticated),
      lastAuthenticatedRegion: row.LastAuthenticatedRegion,
    }),
  );
}
