import type { CollectionGap } from '@rolecall/model';
import type { RuleContext } from '../engine/rule';
import { resourcesOf, type SensitiveClass, type TrustAnalysis } from '../policy';
import { stripScheme, workloadBindings, type WorkloadBinding } from '../workloads/workload-bindings';
import { isServiceLinked } from '../workloads/workload-roles';

/** What the organization stage needs to know of one role (JSON-serializable). */
export interface RoleSummary {
  readonly arn: string;
  readonly accountId: string;
  readonly roleName: string;
  /** Unknown (null) when a policy could not be read. */
  readonly adminEquivalent: boolean | null;
  readonly sensitiveClasses: readonly SensitiveClass[];
  readonly trustWeaknesses: readonly string[];
  /** The trust policy as collected, for role-chaining decisions. */
  readonly trustPolicy: unknown;
  /** Resource patterns on which the role may call sts:AssumeRole. */
  readonly assumeTargets: readonly string[];
  /** Issuers of the EKS OIDC providers the role trusts for IRSA. */
  readonly irsaIssuers: readonly string[];
}

/** One account's identity facts, computed by its account job and read by the organization stage. */
export interface AccountIdentitySummary {
  readonly accountId: string;
  /** The regions collected, and what could not be read: what the organization stage may conclude from. */
  readonly regions: readonly string[];
  readonly gaps: readonly CollectionGap[];
  readonly roles: readonly RoleSummary[];
  readonly oidcProviders: readonly { readonly arn: string; readonly issuer: string }[];
  readonly clusterIssuers: readonly string[];
  readonly bindings: readonly WorkloadBinding[];
}

/** Pure: the account's customer-managed roles with their risk facts, providers, cluster issuers and bindings. */
export function summarizeAccount(context: RuleContext): AccountIdentitySummary {
  const { inventory, roles } = context;
  return {
    accountId: inventory.accountId,
    regions: inventory.regions,
    gaps: inventory.gaps,
    roles: inventory.iam.roles.filter((role) => !isServiceLinked(role)).map((role): RoleSummary => {
      const permissions = roles.permissions(role.arn);
      const trust = roles.trust(role.arn);
      const assume = permissions?.grants.get('sts:AssumeRole');
      return {
        arn: role.arn,
        accountId: role.accountId,
        roleName: role.roleName,
        adminEquivalent: permissions === undefined ? null : permissions.isAdminEquivalent,
        sensitiveClasses: [...new Set(permissions?.sensitiveActions.flatMap((a) => a.classes) ?? [])].sort(),
        trustWeaknesses: trust === undefined ? [] : trustWeaknesses(trust),
        trustPolicy: role.trustPolicy,
        assumeTargets: assume === undefined ? [] : resourcesOf(assume),
        irsaIssuers: [...new Set((trust?.grants ?? []).flatMap((g) => (g.webIdentity?.providerType === 'oidc-provider' ? [g.webIdentity.issuer] : [])))],
      };
    }),
    oidcProviders: inventory.iam.oidcProviders.map((p) => ({ arn: p.arn, issuer: stripScheme(p.url) })),
    clusterIssuers: inventory.eks.clusters.flatMap((c) => (c.oidcIssuer ? [stripScheme(c.oidcIssuer)] : [])),
    bindings: workloadBindings(inventory, roles),
  };
}

/** Short names of what is weak in a trust policy (the trust rules report each in detail). */
export function trustWeaknesses(trust: TrustAnalysis): string[] {
  const found = trust.grants
    .filter((g) => g.deniedBy.length === 0)
    .flatMap((g): string[] => {
      if (g.principalKind === 'any' && g.effectiveConditionKeys.length === 0) return ['public'];
      if (g.principalKind === 'unique-id') return ['dangling-principal'];
      if (g.insideOrganization === false && g.principalKind !== 'oidc' && g.principalKind !== 'saml') return ['external-account'];
      if (g.principal === 'ecs-tasks.amazonaws.com' && !g.confusedDeputyProtected) return ['ecs-tasks-confused-deputy'];
      if (g.podIdentity !== undefined && !g.podIdentity.restricted) return ['pod-identity-unscoped'];
      const sub = g.webIdentity?.providerType === 'oidc-provider' ? g.webIdentity.sub.weakness : undefined;
      return sub === undefined ? [] : [`irsa-sub-${sub}`];
    });
  return [...new Set(found)].sort();
}
