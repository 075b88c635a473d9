import type { AccountInventory, IamRole, ResourceRef, Severity } from '@rolecall/model';
import type { RoleAnalyzer } from '../../engine/role-analyzer';

export const ROLE_TYPE = 'AWS::IAM::Role';

export function roleRef(role: IamRole): ResourceRef {
  return { arn: role.arn, type: ROLE_TYPE, name: role.roleName };
}

/** Service-linked roles are AWS's to define: never scored. */
export function isServiceLinked(role: IamRole): boolean {
  return role.path.startsWith('/aws-service-role/');
}

/** The role behind an instance profile, when the inventory holds it. */
export function roleOfInstanceProfile(inventory: AccountInventory, profileArn: string | undefined): IamRole | undefined {
  if (profileArn === undefined) return undefined;
  return inventory.iam.roles.find((role) => role.instanceProfiles.some((profile) => profile.arn === profileArn || profile.name === profileArn));
}

export interface RolePower {
  severity: Severity;
  adminEquivalent: boolean;
  sensitiveActions: string[];
}

/** What a role can do, as a severity: admin-equivalent is critical, any sensitive action high, else `otherwise`. */
export function rolePower(roles: RoleAnalyzer, roleArn: string, otherwise: Severity): RolePower | undefined {
  const analysis = roles.permissions(roleArn);
  if (analysis === undefined) return undefined;
  const sensitiveActions = analysis.sensitiveActions.map((sensitive) => sensitive.action);
  const severity: Severity = analysis.isAdminEquivalent ? 'critical' : sensitiveActions.length > 0 ? 'high' : otherwise;
  return { severity, adminEquivalent: analysis.isAdminEquivalent, sensitiveActions: sensitiveActions.slice(0, 10) };
}
