import type { Rule } from '../../engine/rule';
import { hopLimitRule } from './hop-limit.rule';
import { instanceImdsV1Rule } from './instance-imdsv1.rule';
import { launchConfigurationImdsV1Rule } from './launch-configuration-imdsv1.rule';
import { launchTemplateHopLimitRule } from './launch-template-hop-limit.rule';
import { launchTemplateImdsV1Rule } from './launch-template-imdsv1.rule';
import { taskReachesInstanceRoleRule } from './task-reaches-instance-role.rule';

/** The instance metadata service: IMDSv1, hop limits, and tasks reaching the instance role. */
export const IMDS_RULES: readonly Rule[] = [
  instanceImdsV1Rule,
  launchTemplateImdsV1Rule,
  launchConfigurationImdsV1Rule,
  hopLimitRule,
  launchTemplateHopLimitRule,
  taskReachesInstanceRoleRule,
];
