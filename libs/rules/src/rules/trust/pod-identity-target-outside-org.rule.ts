import type { Rule } from '../../engine/rule';
import { raised } from './role-trust';
import { parseArn } from '../../policy';
import { associationRef, podIdentityAssociations, POD_IDENTITY_ASSOCIATION_TYPE } from './pod-identity-association';
import { READS } from '../../engine/reads';

export const podIdentityTargetOutsideOrgRule: Rule = {
  metadata: {
    id: 'eks.pod-identity-association.target-role-outside-org',
    title: 'EKS Pod Identity association chains to a role outside the organization',
    severity: 'high',
    resourceType: POD_IDENTITY_ASSOCIATION_TYPE,
    description: 'A Pod Identity association\'s targetRoleArn is a role in an account that is not a member of the organization.',
    risk:
      'Pods receive credentials of a role the organization does not control; its owner can change what it grants ' +
      'or log what the pods do, and the association hides a cross-boundary trust.',
    remediation:
      'Point the association at a role inside the organization (aws eks update-pod-identity-association ' +
      '--target-role-arn arn:aws:iam::<member account>:role/<name>), or remove targetRoleArn.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/pod-id-assign-target-role.html'],
    compliance: [],
    reads: { needs: READS.podIdentity, enriches: READS.roles },
  },
  evaluate(context) {
    const members = new Set([context.inventory.accountId, ...context.organization.accounts.map((a) => a.id)]);
    return podIdentityAssociations(context).flatMap((association) => {
      const target = association.targetRoleArn;
      const targetAccount = target === undefined ? undefined : parseArn(target)?.account;
      if (target === undefined || targetAccount === undefined || members.has(targetAccount)) return [];
      const adminEquivalent = context.roles.permissions(association.roleArn)?.isAdminEquivalent === true;
      return [{
        region: association.region,
        severity: adminEquivalent ? raised('high') : 'high',
        resource: associationRef(association),
        relatedResources: [association.roleArn, target],
        message: `Pod Identity association ${association.associationId} in cluster ${association.clusterName} chains to ${target}, outside the organization.`,
        evidence: { cluster: association.clusterName, namespace: association.namespace, serviceAccount: association.serviceAccount, roleArn: association.roleArn, targetRoleArn: target, targetAccountId: targetAccount, adminEquivalent },
      }];
    });
  },
};
