import type { z } from 'zod';
import type { containerDefinitionSchema } from '../world/ecs-task-definition.schema';
import type { GenContext } from './gen-context';

type ContainerInput = z.input<typeof containerDefinitionSchema>;

/** Misconfigurations a container may carry. */
export interface ContainerFlaws {
  privileged: boolean;
  root: boolean;
  secretsInEnvironment: boolean;
  dockerSocket: boolean;
}

export function rollContainerFlaws(ctx: GenContext, onEc2: boolean): ContainerFlaws {
  return {
    privileged: onEc2 && ctx.chance(0.08),
    root: ctx.chance(0.15),
    secretsInEnvironment: ctx.chance(0.1),
    dockerSocket: onEc2 && ctx.chance(0.05),
  };
}

/** The main container of a task definition, well configured unless a flaw says otherwise. */
export function appContainer(ctx: GenContext, name: string, image: string, account: string, region: string, flaws: ContainerFlaws): ContainerInput {
  const container: ContainerInput = {
    name,
    image,
    essential: true,
    user: flaws.root ? ctx.pick(['root', '0']) : '1000',
    readonlyRootFilesystem: !flaws.root,
    environment: [{ name: 'LOG_LEVEL', value: ctx.pick(['info', 'debug', 'warn']) }],
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/${name}`, 'awslogs-region': region, 'awslogs-stream-prefix': 'ecs' } },
  };
  if (flaws.privileged) container.privileged = true;
  if (flaws.secretsInEnvironment) {
    container.environment?.push(ctx.chance(0.5) ? { name: 'DB_PASSWORD', value: `pw-${ctx.hex(12)}` } : { name: 'AWS_SECRET_ACCESS_KEY', value: ctx.hex(40) });
  } else {
    container.secrets = [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:${region}:${account}:secret:${name}/db-${ctx.hex(6)}` }];
  }
  if (flaws.dockerSocket) container.mountPoints = [{ sourceVolume: 'docker-sock', containerPath: '/var/run/docker.sock' }];
  return container;
}
