import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { irsaGrants, subEvidence } from './irsa-trust';
import { trustHit } from './role-trust';
import { READS } from '../../engine/reads';

export const irsaSubWildcardRule: Rule = {
  metadata: {
    id: 'iam.role.irsa-sub-wildcard',
    title: 'IRSA role trust admits service accounts by wildcard',
    severity: 'high',
    resourceType: ROLE_TYPE,
    description:
      'The <issuer>:sub condition uses StringLike with a wildcard: `system:serviceaccount:*`, `*:*` or `*` admits every ' +
      'service account (high); a namespace or name wildcard admits several (medium).',
    risk: 'Pods running under service accounts the role was not meant for can assume it.',
    remediation:
      'Replace StringLike with StringEquals and list the exact subjects: ' +
      '"StringEquals": {"<issuer>:sub": "system:serviceaccount:<namespace>:<service account>"}.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html'],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return irsaGrants(context)
      .filter(({ facts }) => facts.sub.weakness === 'wildcard-all' || facts.sub.weakness === 'namespace-wildcard')
      .map(({ role, grant, facts }) => {
        const all = facts.sub.weakness === 'wildcard-all';
        return trustHit(context, role, grant, {
          severity: all ? 'high' : 'medium',
          message: `Role ${role.roleName} admits ${all ? 'every service account' : 'several service accounts'} of ${facts.issuer} by wildcard.`,
          evidence: subEvidence(facts),
        });
      });
  },
};
