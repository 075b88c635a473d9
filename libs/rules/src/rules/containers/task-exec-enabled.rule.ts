import type { Rule } from '../../engine/rule';
import { execChannelRole } from './exec-channel';
import { READS, reads } from '../../engine/reads';

export const taskExecEnabledRule: Rule = {
  metadata: {
    id: 'ecs.task.exec-enabled',
    title: 'A standalone task runs with ECS Exec and its task role allows it',
    severity: 'medium',
    resourceType: 'AWS::ECS::Task',
    description:
      'A task started outside any service (RunTask, a scheduled task) is running with enableExecuteCommand and its ' +
      'task role grants the ssmmessages channel actions ECS Exec needs. Services are covered by ecs.service.exec-enabled.',
    risk:
      'Anyone allowed ecs:ExecuteCommand on the cluster gets an interactive shell in the running containers, with the ' +
      'task role credentials and the application secrets in memory.',
    remediation:
      'Stop the task when the debugging session is over, start tasks without --enable-execute-command, and remove the ' +
      'ssmmessages actions from task roles that do not need a shell.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html'],
    compliance: [],
    reads: { needs: reads(READS.ecsTasks, READS.ecsServices, READS.taskDefinitions, READS.roles), enriches: [], concludesFromAbsence: true },
  },
  evaluate({ inventory, roles }) {
    return inventory.ecs.tasks.flatMap((task) => {
      const standalone = !task.group?.startsWith('service:');
      if (!task.enableExecuteCommand || !standalone || task.lastStatus === 'STOPPED') return [];
      const roleArn = execChannelRole(inventory, roles, task.taskDefinitionArn);
      if (roleArn === undefined) return [];
      const name = task.arn.split('/').slice(-2).join('/');
      return [
        {
          region: task.region,
          resource: { arn: task.arn, type: 'AWS::ECS::Task', name },
          message: `Task ${name}${task.group ? ` (${task.group})` : ''} runs with ECS Exec enabled and its task role ${roleArn} allows the exec channel.`,
          evidence: { enableExecuteCommand: true, group: task.group ?? null, lastStatus: task.lastStatus, taskRoleArn: roleArn, taskDefinitionArn: task.taskDefinitionArn },
          relatedResources: [roleArn, task.taskDefinitionArn, task.clusterArn],
        },
      ];
    });
  },
};
