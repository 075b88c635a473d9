import type { KubernetesServiceAccount } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';
import { matchesGlob, parseArn } from '../../policy';
import { stripScheme } from '../../workloads/workload-bindings';
import { irsaGrants } from '../trust/irsa-trust';
import { clusterOf } from './kubernetes-ref';

/** What is wrong with a service account's `eks.amazonaws.com/role-arn`, if anything. */
export type IrsaAnnotationProblem =
  | { kind: 'not-a-role-arn' }
  | { kind: 'other-account'; roleAccountId: string; inOrganization: boolean }
  | { kind: 'role-missing' }
  | { kind: 'cluster-without-oidc' }
  | { kind: 'trust-does-not-admit'; issuer: string };

/**
 * Whether the annotated role can be assumed by this service account: the role exists in the account,
 * and a trust grant (not cancelled by a Deny) of the cluster's own OIDC issuer admits
 * system:serviceaccount:<namespace>:<name>. A role in another account is a problem of its own: its
 * trust cannot be read from here, and the pods' credentials come from outside the account.
 */
export function irsaAnnotationProblem(context: RuleContext, account: KubernetesServiceAccount): IrsaAnnotationProblem | undefined {
  const roleArn = account.roleArn;
  if (roleArn === undefined) return undefined;
  const arn = parseArn(roleArn);
  if (!arn || arn.service !== 'iam' || !arn.resource.startsWith('role/')) return { kind: 'not-a-role-arn' };
  if (arn.account !== context.inventory.accountId) {
    const inOrganization = context.organization.accounts.some((member) => member.id === arn.account);
    return { kind: 'other-account', roleAccountId: arn.account, inOrganization };
  }
  if (!context.inventory.iam.roles.some((role) => role.arn === roleArn)) return { kind: 'role-missing' };
  const issuer = clusterOf(context.inventory, account.clusterArn)?.oidcIssuer;
  if (!issuer) return { kind: 'cluster-without-oidc' };
  const expected = stripScheme(issuer);
  const admitted = irsaGrants(context).some(
    ({ role, facts }) =>
      role.arn === roleArn &&
      facts.issuer === expected &&
      (facts.serviceAccounts === 'any' ||
        facts.serviceAccounts.some((ref) => matchesGlob(ref.namespace, account.namespace) && matchesGlob(ref.name, account.name))),
  );
  return admitted ? undefined : { kind: 'trust-does-not-admit', issuer: expected };
}
