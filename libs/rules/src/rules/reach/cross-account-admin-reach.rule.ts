import { APPLICATION_WORKLOAD_TYPES } from '../../workloads/workload-bindings';
import { describeBindings, ROLE_TYPE } from '../../workloads/workload-roles';
import type { OrganizationRule } from '../../organization/organization-rule';
import { reachableRoles } from './role-chains';
import { READS, reads } from '../../engine/reads';

export const crossAccountAdminReachRule: OrganizationRule = {
  metadata: {
    id: 'iam.workload-role.cross-account-admin-reach',
    title: 'Container workload role can become admin in another account',
    severity: 'critical',
    resourceType: ROLE_TYPE,
    description:
      'An ECS task, IRSA, Pod Identity or Fargate role can assume, directly or through a chain of roles whose trust ' +
      'admits each caller, an admin-equivalent role in another account of the organization. Evaluated over all ' +
      'accounts of a scan; the finding shows the path.',
    risk: 'A compromised container in one account becomes an administrator of another, crossing the account boundary meant to contain it.',
    remediation:
      'Break the first hop: scope the workload role\'s sts:AssumeRole to the exact role ARNs it needs, and narrow the ' +
      'trust of each role on the path to named principals, e.g. "Principal": {"AWS": "arn:aws:iam::<account>:role/<caller>"} ' +
      'instead of the account root; remove admin rights from the target role.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining',
    ],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.taskDefinitions, READS.podIdentity, READS.fargateProfiles), enriches: [] },
  },
  evaluate: () => [],
  evaluateOrganization({ summaries }) {
    const roles = summaries.flatMap((s) => s.roles);
    const byArn = new Map(roles.map((role) => [role.arn, role]));
    return summaries.flatMap((summary) => {
      const sources = new Map<string, typeof summary.bindings[number][]>();
      for (const b of summary.bindings) {
        if (APPLICATION_WORKLOAD_TYPES.includes(b.workloadType)) sources.set(b.roleArn, [...(sources.get(b.roleArn) ?? []), b]);
      }
      return [...sources].flatMap(([arn, bindings]) => {
        const source = byArn.get(arn);
        if (source === undefined) return [];
        return reachableRoles(source, roles)
          .filter((chain) => chain.target.accountId !== source.accountId && chain.target.adminEquivalent === true)
          .map((chain) => ({
            accountId: source.accountId,
            region: 'global',
            resource: { arn: source.arn, type: ROLE_TYPE, name: source.roleName },
            key: chain.target.arn,
            relatedResources: chain.path.slice(1),
            message: `Role ${source.roleName} (${describeBindings(bindings).join(', ')}) can become admin-equivalent ${chain.target.arn} via ${chain.path.length - 1} hop(s).`,
            evidence: { path: chain.path, targetAccountId: chain.target.accountId, conditional: chain.conditional, workloads: describeBindings(bindings) },
          }));
      });
    });
  },
};
