import { findAwsManagedPolicy, isAwsManagedPolicyArn } from '../catalog/managed-policies';
import { stableId } from '../util/stable-id';
import type { PolicyDocument } from '../world/common.schema';
import type { WorldIam, WorldOidcProvider, WorldRole } from '../world/iam.schema';

export interface ServedRole {
  role: WorldRole;
  arn: string;
  roleId: string;
}

export interface ServedPolicyVersion {
  VersionId: string;
  Document: PolicyDocument;
  IsDefaultVersion: boolean;
  CreateDate: string;
}

/** A managed policy as GetAccountAuthorizationDetails lists it. */
export interface ServedPolicy {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: string;
  UpdateDate: string;
  versions: ServedPolicyVersion[];
}

export interface ServedOidcProvider {
  arn: string;
  provider: WorldOidcProvider;
}

export function roleArn(accountId: string, role: Pick<WorldRole, 'Path' | 'RoleName'>): string {
  return `arn:aws:iam::${accountId}:role${role.Path}${role.RoleName}`;
}

/** One account's IAM, indexed for look-ups. Customer managed policies first, then the AWS managed ones in use. */
export class IamIndex {
  readonly roles: ServedRole[];
  readonly localPolicies: ServedPolicy[];
  readonly awsPolicies: ServedPolicy[];
  readonly oidcProviders: ServedOidcProvider[];
  private readonly roleByName = new Map<string, ServedRole>();
  private readonly oidcByArn = new Map<string, ServedOidcProvider>();

  constructor(readonly accountId: string, iam: WorldIam) {
    this.roles = iam.roles.map((role) => {
      const arn = roleArn(accountId, role);
      return { role, arn, roleId: role.RoleId ?? stableId('AROA', arn) };
    });
    for (const served of this.roles) this.roleByName.set(served.role.RoleName.toLowerCase(), served);
    const usage = countUsage(iam.roles);
    this.localPolicies = iam.policies.map((policy) => {
      const arn = `arn:aws:iam::${accountId}:policy${policy.Path}${policy.PolicyName}`;
      return {
        PolicyName: policy.PolicyName,
        PolicyId: policy.PolicyId ?? stableId('ANPA', arn),
        Arn: arn,
        Path: policy.Path,
        DefaultVersionId: policy.DefaultVersionId,
        AttachmentCount: usage.get(arn)?.AttachmentCount ?? 0,
        PermissionsBoundaryUsageCount: usage.get(arn)?.PermissionsBoundaryUsageCount ?? 0,
        IsAttachable: true,
        Description: policy.Description,
        CreateDate: policy.CreateDate,
        UpdateDate: policy.UpdateDate ?? policy.CreateDate,
        versions: policy.PolicyVersionList.map((version) => ({ ...version, IsDefaultVersion: version.VersionId === policy.DefaultVersionId })),
      };
    });
    this.awsPolicies = [...usage.entries()].filter(([arn]) => isAwsManagedPolicyArn(arn)).flatMap(([arn, counts]) => {
      const policy = findAwsManagedPolicy(arn);
      if (!policy) return [];
      return [{
        PolicyName: policy.name,
        PolicyId: stableId('ANPA', arn),
        Arn: arn,
        Path: policy.path,
        DefaultVersionId: policy.defaultVersionId,
        ...counts,
        IsAttachable: true,
        CreateDate: policy.createDate,
        UpdateDate: policy.updateDate,
        versions: [{ VersionId: policy.defaultVersionId, Document: policy.document, IsDefaultVersion: true, CreateDate: policy.updateDate }],
      }];
    });
    this.oidcProviders = iam.openIdConnectProviders.map((provider) => ({
      arn: `arn:aws:iam::${accountId}:oidc-provider/${provider.Url.replace(/^https:\/\//, '')}`,
      provider,
    }));
    for (const served of this.oidcProviders) this.oidcByArn.set(served.arn, served);
  }

  findRole(name: string): ServedRole | undefined {
    return this.roleByName.get(name.toLowerCase());
  }

  findRoleByArn(arn: string): ServedRole | undefined {
    const found = this.findRole(arn.slice(arn.lastIndexOf('/') + 1));
    return found?.arn === arn ? found : undefined;
  }

  findOidcProvider(arn: string): ServedOidcProvider | undefined {
    return this.oidcByArn.get(arn);
  }
}

type Usage = Pick<ServedPolicy, 'AttachmentCount' | 'PermissionsBoundaryUsageCount'>;

/** How many roles attach each policy ARN, and use it as their permissions boundary, in first-use order. */
function countUsage(roles: WorldRole[]): Map<string, Usage> {
  const usage = new Map<string, Usage>();
  const entry = (arn: string): Usage => {
    let found = usage.get(arn);
    if (!found) usage.set(arn, (found = { AttachmentCount: 0, PermissionsBoundaryUsageCount: 0 }));
    return found;
  };
  for (const role of roles) {
    for (const attached of role.AttachedManagedPolicies) entry(attached.PolicyArn).AttachmentCount++;
    if (role.PermissionsBoundary) entry(role.PermissionsBoundary.PermissionsBoundaryArn).PermissionsBoundaryUsageCount++;
  }
  return usage;
}
