import type { AccountInventory, EksNodegroup, IamRole } from '@rolecall/model';
import type { RoleAnalyzer } from '../../engine/role-analyzer';
import { isServiceLinked } from './role-facts';

export interface NodeRole {
  role: IamRole;
  nodegroups: EksNodegroup[];
}

/** Roles that EKS managed node groups run as, with the node groups using each. */
export function nodeRoles(inventory: AccountInventory, roles: RoleAnalyzer): NodeRole[] {
  const byArn = new Map<string, EksNodegroup[]>();
  for (const nodegroup of inventory.eks.nodegroups) {
    if (nodegroup.nodeRoleArn === undefined) continue;
    byArn.set(nodegroup.nodeRoleArn, [...(byArn.get(nodegroup.nodeRoleArn) ?? []), nodegroup]);
  }
  return [...byArn].flatMap(([arn, nodegroups]) => {
    const role = roles.role(arn);
    return role === undefined || isServiceLinked(role) ? [] : [{ role, nodegroups }];
  });
}

export const CNI_POLICY = 'AmazonEKS_CNI_Policy';

export function attaches(role: IamRole, policyName: string): boolean {
  return role.attachedManagedPolicies.some((policy) => policy.policyName === policyName || policy.policyArn.endsWith(`/${policyName}`));
}
