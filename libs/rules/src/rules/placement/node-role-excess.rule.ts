import type { Rule } from '../../engine/rule';
import { presentDocuments } from './baseline';
import { excessPermissionsHit } from './excess-permissions';
import { CNI_POLICY, nodeRoles } from './node-roles';
import { ROLE_TYPE } from './role-facts';
import { READS, reads } from '../../engine/reads';

const WORKER = ['AmazonEKSWorkerNodePolicy', 'AmazonEKSWorkerNodeMinimalPolicy'];
/** Also part of a node's baseline when present; the CNI policy has its own rule. */
const TOLERATED = ['AmazonEC2ContainerRegistryReadOnly', 'AmazonSSMManagedInstanceCore', 'CloudWatchAgentServerPolicy', CNI_POLICY];

export const nodeRoleExcessRule: Rule = {
  metadata: {
    id: 'iam.role.eks-node-role-excess-permissions',
    title: 'EKS node role grants more than its baseline',
    severity: 'medium',
    resourceType: ROLE_TYPE,
    description:
      'A node group role grants more than AmazonEKSWorkerNodePolicy (or the minimal variant) and ' +
      'AmazonEC2ContainerRegistryReadOnly, with SSM core, the CloudWatch agent and the CNI policy tolerated.',
    risk:
      'Any pod that reaches IMDS on the node (hop limit above 1, IMDSv1, host networking) obtains the node role. ' +
      'Application permissions on it are shared with every pod scheduled on those nodes.',
    remediation:
      'Keep the node role to the worker node, ECR read-only and (if used) SSM policies; give workloads their own ' +
      'roles through EKS Pod Identity or IRSA.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/create-node-role.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.nodegroups), enriches: [] },
  },
  evaluate(context) {
    const { inventory } = context;
    const worker = WORKER.filter((name) => presentDocuments(inventory, [name]).length > 0);
    if (worker.length === 0) return [];
    const tolerated = TOLERATED.filter((name) => presentDocuments(inventory, [name]).length > 0);
    const names = [...worker, ...tolerated];
    const baseline = presentDocuments(inventory, names);
    return nodeRoles(inventory, context.roles)
      .flatMap(({ role, nodegroups }) =>
        excessPermissionsHit(
          context,
          { role, usage: 'Node role', baseline, baselineNames: names, relatedResources: nodegroups.map((nodegroup) => nodegroup.arn) },
          'medium',
        ),
      );
  },
};
