import type { Rule } from '../../engine/rule';
import { READS, reads } from '../../engine/reads';
import { irsaAnnotationProblem, type IrsaAnnotationProblem } from './irsa-annotation';
import { SERVICE_ACCOUNT_TYPE, clusterNameOf, inCluster, kubernetesRef } from './kubernetes-ref';

function describe(problem: IrsaAnnotationProblem, roleArn: string): string {
  switch (problem.kind) {
    case 'not-a-role-arn':
      return `is annotated with "${roleArn}", which is not an IAM role ARN`;
    case 'other-account':
      return `is annotated with role ${roleArn} of ${problem.inOrganization ? 'another account of the organization' : 'an account outside the organization'}`;
    case 'role-missing':
      return `is annotated with role ${roleArn}, which does not exist`;
    case 'cluster-without-oidc':
      return `is annotated with role ${roleArn}, but the cluster has no OIDC issuer`;
    case 'trust-does-not-admit':
      return `is annotated with role ${roleArn}, whose trust does not admit it from ${problem.issuer}`;
  }
}

export const irsaRoleMismatchRule: Rule = {
  metadata: {
    id: 'eks.service-account.irsa-role-mismatch',
    title: 'Service account is annotated with a role it cannot assume, or a role of another account',
    severity: 'medium',
    resourceType: SERVICE_ACCOUNT_TYPE,
    description:
      'A Kubernetes service account carries eks.amazonaws.com/role-arn, but the role does not exist, its trust policy does ' +
      'not admit system:serviceaccount:<namespace>:<name> from this cluster\'s OIDC issuer, or it belongs to another account.',
    risk:
      'With broken IRSA the SDK in the pod falls through to the next credentials it finds, usually the node role through ' +
      'IMDS: the pod runs with the node\'s permissions instead of its own. A role in another account puts the pod\'s ' +
      'permissions outside this account\'s control and review.',
    remediation:
      'Point the annotation at a role of this account whose trust has "StringEquals" on "<issuer>:sub": ' +
      '"system:serviceaccount:<namespace>:<name>" and "<issuer>:aud": "sts.amazonaws.com", or fix that trust; for a ' +
      'cross-account need, assume the other account\'s role from a role of this account.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
      'https://docs.aws.amazon.com/eks/latest/userguide/cross-account-access.html',
    ],
    compliance: [],
    reads: { needs: reads(READS.kubernetesServiceAccounts, READS.roles), enriches: [], concludesFromAbsence: true },
  },
  evaluate(context) {
    return context.inventory.eks.serviceAccounts.flatMap((account) => {
      const problem = irsaAnnotationProblem(context, account);
      if (!problem || account.roleArn === undefined) return [];
      return [
        {
          ...inCluster(account, [account.roleArn]),
          resource: kubernetesRef(account, SERVICE_ACCOUNT_TYPE),
          severity: problem.kind === 'other-account' && !problem.inOrganization ? 'high' : 'medium',
          message: `Service account ${account.namespace}/${account.name} in cluster ${clusterNameOf(account.clusterArn)} ${describe(problem, account.roleArn)}.`,
          evidence: { cluster: clusterNameOf(account.clusterArn), roleArn: account.roleArn, ...problem },
        },
      ];
    });
  },
};
