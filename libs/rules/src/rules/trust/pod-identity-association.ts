import type { EksPodIdentityAssociation, ResourceRef } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';

export const POD_IDENTITY_ASSOCIATION_TYPE = 'AWS::EKS::PodIdentityAssociation';

export function associationRef(association: EksPodIdentityAssociation): ResourceRef {
  return { arn: association.arn, type: POD_IDENTITY_ASSOCIATION_TYPE, name: `${association.clusterName}/${association.associationId}` };
}

/** The account's Pod Identity associations. */
export function podIdentityAssociations({ inventory }: RuleContext): EksPodIdentityAssociation[] {
  return inventory.eks.podIdentityAssociations;
}
