import type { Rule } from '../../engine/rule';
import { raised } from './role-trust';
import { associationRef, podIdentityAssociations, POD_IDENTITY_ASSOCIATION_TYPE } from './pod-identity-association';
import { READS } from '../../engine/reads';

export const podIdentityDefaultServiceAccountRule: Rule = {
  metadata: {
    id: 'eks.pod-identity-association.default-service-account',
    title: 'EKS Pod Identity association binds a role to the default service account',
    severity: 'medium',
    resourceType: POD_IDENTITY_ASSOCIATION_TYPE,
    description: 'A Pod Identity association gives a role to the service account named "default" of a namespace.',
    risk:
      'Every pod of the namespace that does not name a service account runs as "default", so every such pod, ' +
      'including ones deployed later for other purposes, gets the role\'s credentials.',
    remediation:
      'Create a dedicated service account (kubectl create serviceaccount <name> -n <namespace>), set ' +
      'spec.serviceAccountName in the workload, then delete this association and create one for the new account: ' +
      'aws eks create-pod-identity-association --service-account <name> ...',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-association.html',
      'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
    ],
    compliance: [],
    reads: { needs: READS.podIdentity, enriches: READS.roles },
  },
  evaluate(context) {
    return podIdentityAssociations(context)
      .filter((association) => association.serviceAccount === 'default')
      .map((association) => {
        const adminEquivalent = context.roles.permissions(association.roleArn)?.isAdminEquivalent === true;
        return {
          region: association.region,
          severity: adminEquivalent ? raised('medium') : 'medium',
          resource: associationRef(association),
          relatedResources: [association.roleArn],
          message: `Pod Identity association ${association.associationId} in cluster ${association.clusterName} gives role ${association.roleArn} to ${association.namespace}/default.`,
          evidence: { cluster: association.clusterName, namespace: association.namespace, serviceAccount: 'default', roleArn: association.roleArn, adminEquivalent },
        };
      });
  },
};
