import type { ServedPolicy, ServedRole } from '../../model/iam-index';
import { stableId } from '../../util/stable-id';
import type { PolicyDocument } from '../../world/common.schema';
import { QUERY_NAMING, XmlRaw, xmlMembers } from '../../wire/xml-writer';

/** IAM returns policy documents URL-encoded. */
export function encodeDocument(document: PolicyDocument): string {
  return encodeURIComponent(JSON.stringify(document));
}

function policyName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

const roleCache = new WeakMap<ServedRole, XmlRaw>();
const policyCache = new WeakMap<ServedPolicy, XmlRaw>();

/** A RoleDetail element's content, rendered once per role. */
export function roleDetailXml(served: ServedRole, accountId: string): XmlRaw {
  let raw = roleCache.get(served);
  if (raw) return raw;
  const { role, arn, roleId } = served;
  const trust = encodeDocument(role.AssumeRolePolicyDocument);
  const summary = { Path: role.Path, RoleName: role.RoleName, RoleId: roleId, Arn: arn, CreateDate: role.CreateDate, AssumeRolePolicyDocument: trust };
  raw = new XmlRaw(
    xmlMembers(
      {
        ...summary,
        InstanceProfileList: role.InstanceProfileList.map((profile) => {
          const profileArn = `arn:aws:iam::${accountId}:instance-profile${profile.Path}${profile.InstanceProfileName}`;
          return {
            Path: profile.Path,
            InstanceProfileName: profile.InstanceProfileName,
            InstanceProfileId: profile.InstanceProfileId ?? stableId('AIPA', profileArn),
            Arn: profileArn,
            CreateDate: profile.CreateDate ?? role.CreateDate,
            Roles: [summary],
            Tags: profile.Tags.length > 0 ? profile.Tags : undefined,
          };
        }),
        RolePolicyList: role.RolePolicyList.map((p) => ({ PolicyName: p.PolicyName, PolicyDocument: encodeDocument(p.PolicyDocument) })),
        AttachedManagedPolicies: role.AttachedManagedPolicies.map((p) => ({ PolicyName: p.PolicyName ?? policyName(p.PolicyArn), PolicyArn: p.PolicyArn })),
        PermissionsBoundary: role.PermissionsBoundary,
        Tags: role.Tags,
        RoleLastUsed: role.RoleLastUsed ?? {},
      },
      QUERY_NAMING,
    ),
  );
  roleCache.set(served, raw);
  return raw;
}

/** A ManagedPolicyDetail element's content, rendered once per policy. */
export function policyDetailXml(policy: ServedPolicy): XmlRaw {
  let raw = policyCache.get(policy);
  if (raw) return raw;
  const { versions, ...detail } = policy;
  raw = new XmlRaw(
    xmlMembers(
      {
        ...detail,
        PolicyVersionList: versions.map((v) => ({ Document: encodeDocument(v.Document), VersionId: v.VersionId, IsDefaultVersion: v.IsDefaultVersion, CreateDate: v.CreateDate })),
      },
      QUERY_NAMING,
    ),
  );
  policyCache.set(policy, raw);
  return raw;
}
