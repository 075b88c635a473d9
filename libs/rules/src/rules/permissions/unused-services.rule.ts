import type { Rule } from '../../engine/rule';
import { raised } from '../trust/role-trust';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { analyzedWorkloadRoles, workloadRoleHit } from './workload-permissions';
import { READS, reads } from '../../engine/reads';

export const unusedServicesRule: Rule = {
  metadata: {
    id: 'iam.workload-role.unused-services',
    title: 'Container workload role grants services it never used',
    severity: 'low',
    resourceType: ROLE_TYPE,
    description:
      'IAM last-accessed data (Access Advisor) shows services the role\'s policies grant that the role has never ' +
      'called. The finding proposes a right-sized policy keeping only the used services.',
    risk: 'Unused permissions are pure exposure: a compromised container can use them, the application never does.',
    remediation:
      'Replace the role\'s identity policies with the proposed policy in the finding (evidence.proposedPolicy), ' +
      'then narrow its resources: aws iam put-role-policy --role-name <role> --policy-name right-sized --policy-document file://proposed.json',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#remove-credentials',
    ],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.accessAdvisor, READS.taskDefinitions, READS.podIdentity, READS.fargateProfiles), enriches: [] },
  },
  evaluate(context) {
    return analyzedWorkloadRoles(context).flatMap((workloadRole) => {
      const report = workloadRole.role.serviceLastAccessed ?? [];
      const used = report.filter((row) => row.lastAuthenticated !== undefined).map((row) => row.serviceNamespace);
      // Only services the report lists as never authenticated: an empty or partial report proves nothing about the rest.
      const neverUsed = new Set(report.filter((row) => row.lastAuthenticated === undefined).map((row) => row.serviceNamespace.toLowerCase()));
      const sizing = workloadRole.permissions.rightSize(used);
      const unusedServices = sizing.unusedServices.filter((service) => neverUsed.has(service));
      if (unusedServices.length === 0) return [];
      const proposed = JSON.stringify(sizing.proposedPolicy);
      const adminEquivalent = workloadRole.permissions.isAdminEquivalent;
      return [
        workloadRoleHit(workloadRole, {
          severity: adminEquivalent ? raised('low') : 'low',
          message: `Role ${workloadRole.role.roleName} grants ${unusedServices.length} service(s) it never used: ${unusedServices.join(', ')}.`,
          evidence: { unusedServices, usedServices: sizing.usedServices, proposedPolicy: sizing.proposedPolicy, adminEquivalent },
          remediation:
            sizing.usedServices.length === 0
              ? 'The role has used no service: detach its policies (or delete the role if nothing needs AWS credentials).'
              : `Replace the role's identity policies with this right-sized policy, then narrow its resources: ${proposed}`,
        }),
      ];
    });
  },
};
