import type { ManagedPolicyDetail, RoleDetail, ServiceLastAccessed as SdkServiceLastAccessed } from '@aws-sdk/client-iam';
import { GLOBAL_REGION, type IamRole, type ManagedPolicy, type ServiceLastAccessed } from '@rolecall/model';
import { compact, decodePolicyDocument, isoDate, tagsFrom } from './shared';

const AWS_MANAGED_POLICY_ARN = /^arn:[\w-]+:iam::aws:policy\//;

export function roleFromDetail(detail: RoleDetail, accountId: string): IamRole {
  return compact({
    arn: detail.Arn ?? '',
    accountId,
    region: GLOBAL_REGION,
    roleName: detail.RoleName ?? '',
    roleId: detail.RoleId ?? '',
    path: detail.Path ?? '/',
    createDate: isoDate(detail.CreateDate),
    trustPolicy: decodePolicyDocument(detail.AssumeRolePolicyDocument),
    inlinePolicies: (detail.RolePolicyList ?? []).map((policy) => ({
      policyName: policy.PolicyName ?? '',
      document: decodePolicyDocument(policy.PolicyDocument),
    })),
    attachedManagedPolicies: (detail.AttachedManagedPolicies ?? []).map((policy) => ({
      policyName: policy.PolicyName ?? '',
      policyArn: policy.PolicyArn ?? '',
    })),
    permissionsBoundaryArn: detail.PermissionsBoundary?.PermissionsBoundaryArn,
    instanceProfiles: (detail.InstanceProfileList ?? []).map((profile) => ({
      arn: profile.Arn ?? '',
      name: profile.InstanceProfileName ?? '',
    })),
    tags: tagsFrom(detail.Tags),
    lastUsed: detail.RoleLastUsed?.LastUsedDate
      ? compact({ date: isoDate(detail.RoleLastUsed.LastUsedDate), region: detail.RoleLastUsed.Region })
      : undefined,
  });
}

/** A managed policy with the document of its default version (other versions are dropped). */
export function managedPolicyFromDetail(detail: ManagedPolicyDetail, accountId: string): ManagedPolicy {
  const defaultVersion = (detail.PolicyVersionList ?? []).find((version) => version.IsDefaultVersion);
  const arn = detail.Arn ?? '';
  return {
    arn,
    accountId,
    region: GLOBAL_REGION,
    policyName: detail.PolicyName ?? '',
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
