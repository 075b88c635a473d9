import type { Rule } from '../../engine/rule';
import { execChannelRole } from './exec-channel';
import { READS, reads } from '../../engine/reads';

export const execEnabledRule: Rule = {
  metadata: {
    id: 'ecs.service.exec-enabled',
    title: 'ECS Exec is enabled and the task role allows it',
    severity: 'medium',
    resourceType: 'AWS::ECS::Service',
    description: 'A service runs with enableExecuteCommand and its task role grants the ssmmessages channel actions ECS Exec needs.',
    risk:
      'Anyone allowed ecs:ExecuteCommand on the cluster gets an interactive shell in running containers, with the ' +
      'task role credentials and the application secrets in memory.',
    remediation:
      'Turn off enableExecuteCommand on the service (update-service --disable-execute-command) and remove the ' +
      'ssmmessages actions from the task role; enable it temporarily, with logging, when debugging.',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html'],
    compliance: [],
    reads: { needs: reads(READS.ecsServices, READS.taskDefinitions, READS.roles), enriches: [] },
  },
  evaluate({ inventory, roles }) {
    return inventory.ecs.services.flatMap((service) => {
      if (!service.enableExecuteCommand) return [];
      const roleArn = execChannelRole(inventory, roles, service.taskDefinitionArn);
      if (roleArn === undefined) return [];
      return [
        {
          region: service.region,
          resource: { arn: service.arn, type: 'AWS::ECS::Service', name: service.name },
          message: `Service ${service.name} has ECS Exec enabled and its task role ${roleArn} allows the exec channel.`,
          evidence: { enableExecuteCommand: true, taskRoleArn: roleArn, taskDefinitionArn: service.taskDefinitionArn },
          relatedResources: [roleArn, service.taskDefinitionArn],
        },
      ];
    });
  },
};
