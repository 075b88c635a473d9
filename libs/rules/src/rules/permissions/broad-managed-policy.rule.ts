import type { Rule } from '../../engine/rule';
import { raised } from '../trust/role-trust';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { analyzedWorkloadRoles, workloadRoleHit } from './workload-permissions';
import { READS, reads } from '../../engine/reads';

/** AWS managed policies that grant whole services or the whole account; AdministratorAccess is the admin rule's. */
const BROAD_NAMES = new Set(['PowerUserAccess', 'ReadOnlyAccess', 'SecretsManagerReadWrite', 'IAMFullAccess']);
const isBroad = (name: string) => BROAD_NAMES.has(name) || /FullAccess(_v\d+)?$/.test(name);

export const broadManagedPolicyRule: Rule = {
  metadata: {
    id: 'iam.workload-role.broad-managed-policy',
    title: 'Container workload role has an over-broad AWS managed policy',
    severity: 'medium',
    resourceType: ROLE_TYPE,
    description:
      'A role used by containers has an AWS managed policy attached that grants a whole service (…FullAccess) or ' +
      'most of the account (PowerUserAccess, ReadOnlyAccess, SecretsManagerReadWrite).',
    risk:
      'AWS managed policies are written for people, not workloads: a compromised container can read or change far ' +
      'more than the application touches, and AWS adds actions to them over time.',
    remediation:
      'Detach the managed policy (aws iam detach-role-policy --role-name <role> --policy-arn <arn>) and attach a ' +
      'customer managed policy with the actions and resource ARNs the workload uses.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-use-aws-defined-policies',
    ],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.taskDefinitions, READS.podIdentity, READS.fargateProfiles), enriches: [] },
  },
  evaluate(context) {
    return analyzedWorkloadRoles(context).flatMap((workloadRole) => {
      const broad = workloadRole.role.attachedManagedPolicies.filter(
        (p) => p.policyArn.startsWith('arn:aws:iam::aws:policy/') && isBroad(p.policyName),
      );
      if (broad.length === 0) return [];
      const adminEquivalent = workloadRole.permissions.isAdminEquivalent;
      return [
        workloadRoleHit(workloadRole, {
          severity: adminEquivalent ? raised('medium') : 'medium',
          message: `Role ${workloadRole.role.roleName}, used by containers, has ${broad.map((p) => p.policyName).join(', ')} attached.`,
          evidence: { policies: broad.map((p) => p.policyArn), adminEquivalent },
        }),
      ];
    });
  },
};
