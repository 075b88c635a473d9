import type { IamRole, Severity } from '@rolecall/model';
import type { RuleContext, RuleHit } from '../../engine/rule';
import type { TrustGrant } from '../../policy';
import { isServiceLinked, roleRef } from '../../workloads/workload-roles';

/** The customer-managed roles of the account with each Allow grant of their trust policy not cancelled by a Deny. */
export function trustGrants({ inventory, roles }: RuleContext): { role: IamRole; grant: TrustGrant }[] {
  return inventory.iam.roles
    .filter((role) => !isServiceLinked(role))
    .flatMap((role) =>
      (roles.trust(role.arn)?.grants ?? []).filter((grant) => grant.deniedBy.length === 0).map((grant) => ({ role, grant })),
    );
}

const LADDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** One level up: a weakness on an admin-equivalent role is worse. */
export function raised(severity: Severity): Severity {
  return LADDER[Math.min(LADDER.indexOf(severity) + 1, LADDER.length - 1)];
}

/** The severity, raised one level when the role is admin-equivalent, and the evidence saying so. */
export function withAdminAggravation(
  context: RuleContext,
  role: IamRole,
  severity: Severity,
): { severity: Severity; adminEquivalent: boolean } {
  const adminEquivalent = context.roles.permissions(role.arn)?.isAdminEquivalent === true;
  return { severity: adminEquivalent ? raised(severity) : severity, adminEquivalent };
}

/** A finding on a role for one trust grant, keyed by statement and principal. */
export function trustHit(
  context: RuleContext,
  role: IamRole,
  grant: TrustGrant,
  hit: { severity: Severity; message: string; evidence: Record<string, unknown> },
): RuleHit {
  const { severity, adminEquivalent } = withAdminAggravation(context, role, hit.severity);
  return {
    region: role.region,
    resource: roleRef(role),
    key: `${grant.statement}:${grant.principal}`,
    severity,
    message: hit.message,
    evidence: { statement: grant.statement, principal: grant.principal, actions: grant.actions, ...hit.evidence, adminEquivalent },
  };
}
