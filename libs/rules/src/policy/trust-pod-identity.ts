import { anyEffective, constraintsOn, type KeyConstraint } from './condition.constraints';
import type { ConditionClause } from './policy-document.types';

export const POD_IDENTITY_SERVICE = 'pods.eks.amazonaws.com';

/** What an EKS Pod Identity trust (`Service: pods.eks.amazonaws.com`) restricts. */
export interface PodIdentityFacts {
  /** Pod Identity needs sts:TagSession besides sts:AssumeRole; without it associations fail. */
  readonly tagSessionAllowed: boolean;
  readonly namespace: readonly KeyConstraint[];
  readonly serviceAccount: readonly KeyConstraint[];
  readonly clusterArn: readonly KeyConstraint[];
  readonly clusterName: readonly KeyConstraint[];
  readonly sourceAccount: readonly KeyConstraint[];
  readonly sourceOrgId: readonly KeyConstraint[];
  /** Some condition above restricts which pods or accounts can use the role. */
  readonly restricted: boolean;
}

export function podIdentityFacts(clauses: readonly ConditionClause[], tagSessionAllowed: boolean): PodIdentityFacts {
  const facts = {
    namespace: constraintsOn(clauses, 'aws:RequestTag/kubernetes-namespace'),
    serviceAccount: constraintsOn(clauses, 'aws:RequestTag/kubernetes-service-account'),
    clusterArn: constraintsOn(clauses, 'aws:RequestTag/eks-cluster-arn'),
    clusterName: constraintsOn(clauses, 'aws:RequestTag/eks-cluster-name'),
    sourceAccount: constraintsOn(clauses, 'aws:SourceAccount'),
    sourceOrgId: constraintsOn(clauses, 'aws:SourceOrgID'),
  };
  return { tagSessionAllowed, ...facts, restricted: Object.values(facts).some(anyEffective) };
}
