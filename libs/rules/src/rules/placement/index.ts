import type { Rule } from '../../engine/rule';
import { cniPolicyOnNodeRoleRule } from './cni-policy-on-node-role.rule';
import { containerInstanceRoleExcessRule } from './container-instance-role-excess.rule';
import { executionRoleExcessRule } from './execution-role-excess.rule';
import { fargateExecutionRoleSharedRule } from './fargate-execution-role-shared.rule';
import { noTaskRoleOnEc2Rule } from './no-task-role-on-ec2.rule';
import { nodeRoleExcessRule } from './node-role-excess.rule';
import { nodeRoleUsedByWorkloadsRule } from './node-role-used-by-workloads.rule';
import { sharedTaskRoleRule } from './shared-task-role.rule';
import { taskRoleIsExecutionRoleRule } from './task-role-is-execution-role.rule';

/** Which role sits where: task, execution, instance, node and Fargate roles. */
export const PLACEMENT_RULES: readonly Rule[] = [
  taskRoleIsExecutionRoleRule,
  executionRoleExcessRule,
  noTaskRoleOnEc2Rule,
  sharedTaskRoleRule,
  containerInstanceRoleExcessRule,
  nodeRoleExcessRule,
  cniPolicyOnNodeRoleRule,
  nodeRoleUsedByWorkloadsRule,
  fargateExecutionRoleSharedRule,
];
