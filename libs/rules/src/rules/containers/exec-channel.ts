import type { AccountInventory } from '@rolecall/model';
import type { RuleContext } from '../../engine/rule';

/** What a task role needs for ECS Exec's session channel. */
const EXEC_ACTIONS = ['ssmmessages:CreateControlChannel', 'ssmmessages:OpenControlChannel'];

/** The task role of the task definition when it is known and can open the ECS Exec channel. */
export function execChannelRole(inventory: AccountInventory, roles: RuleContext['roles'], taskDefinitionArn: string): string | undefined {
  const roleArn = inventory.ecs.taskDefinitions.find((definition) => definition.arn === taskDefinitionArn)?.taskRoleArn;
  const permissions = roleArn === undefined ? undefined : roles.permissions(roleArn);
  if (roleArn === undefined || permissions === undefined) return undefined;
  return EXEC_ACTIONS.every((action) => permissions.allows(action, '*') !== 'denied') ? roleArn : undefined;
}
