import type { z } from 'zod';
import type { clusterSchema } from '../world/ecs.schema';
import type { taskDefinitionSchema } from '../world/ecs-task-definition.schema';
import { AWS_POLICY, type AccountBuilder } from './account-builder';
import { addFleet } from './ec2-generator';
import { appContainer, rollContainerFlaws } from './ecs-containers';
import { allow, ecsTasksTrust, serviceTrust } from './trust-documents';

type ClusterInput = z.input<typeof clusterSchema>;
type TaskDefinitionInput = z.input<typeof taskDefinitionSchema>;

const APPS = ['orders', 'payments', 'catalog', 'search', 'checkout', 'billing', 'reports', 'auth', 'notifier', 'ingest', 'worker', 'gateway'];

/** An ECS cluster with services, tasks and task definitions; EC2-backed clusters also get container instances. */
export function addEcsCluster(account: AccountBuilder, region: string, env: string, index: number): void {
  const { ctx, id } = account;
  const regional = account.region(region);
  const ecs = (regional.ecs ??= {});
  const onEc2 = ctx.chance(0.4);
  const clusterName = `${env}-${ctx.pick(['apps', 'web', 'jobs', 'platform'])}-${index}`;
  const prefix = `arn:aws:ecs:${region}:${id}`;
  const executionRole = account.role('ecsTaskExecutionRole', ecsTasksTrust(id, region, true), { AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY('service-role/AmazonECSTaskExecutionRolePolicy') }] });
  const cluster: ClusterInput = { clusterName, services: [], tasks: [], containerInstances: [] };
  const instanceArns = onEc2 ? addContainerInstances(account, region, cluster, prefix) : [];

  const apps = [...new Set(Array.from({ length: ctx.int(2, 6) }, () => ctx.pick(APPS)))];
  for (const app of apps) {
    const family = `${env}-${app}`;
    const families = (ecs.taskDefinitions ??= []);
    if (families.some((definition) => definition.family === family)) continue;
    const taskRole = taskRoleFor(account, region, family);
    const sameRoles = ctx.chance(0.1);
    const flaws = rollContainerFlaws(ctx, onEc2);
    const hostNetwork = onEc2 && ctx.chance(0.08);
    const revisions = ctx.int(1, 3);
    for (let revision = 1; revision <= revisions; revision++) {
      const definition: TaskDefinitionInput = {
        family,
        revision,
        status: revision === revisions ? 'ACTIVE' : ctx.pick(['INACTIVE', 'ACTIVE'] as const),
        taskRoleArn: taskRole,
        executionRoleArn: sameRoles ? taskRole : executionRole,
        networkMode: onEc2 ? (hostNetwork ? 'host' : 'bridge') : 'awsvpc',
        requiresCompatibilities: [onEc2 ? 'EC2' : 'FARGATE'],
        cpu: onEc2 ? undefined : '512',
        memory: onEc2 ? undefined : '1024',
        registeredAt: ctx.date(revision * 60),
        containerDefinitions: [appContainer(ctx, app, `${id}.dkr.ecr.${region}.amazonaws.com/${app}:${revision}.0.${ctx.int(0, 9)}`, id, region, flaws)],
        volumes: flaws.dockerSocket ? [{ name: 'docker-sock', host: { sourcePath: '/var/run/docker.sock' } }] : undefined,
      };
      if (onEc2) definition.containerDefinitions[0].memory = 512;
      families.push(definition);
    }
    const running = ctx.int(1, 3);
    cluster.services?.push({
      serviceName: app,
      taskDefinition: `${family}:${revisions}`,
      desiredCount: running,
      runningCount: running,
      launchType: onEc2 ? 'EC2' : 'FARGATE',
      enableExecuteCommand: ctx.chance(0.2) || undefined,
      createdAt: ctx.date(200),
    });
    for (let t = 0; t < running; t++) {
      cluster.tasks?.push({
        taskArn: `${prefix}:task/${clusterName}/${ctx.hex(32)}`,
        taskDefinitionArn: `${prefix}:task-definition/${family}:${revisions}`,
        containerInstanceArn: onEc2 ? ctx.pick(instanceArns) : undefined,
        group: `service:${app}`,
        launchType: onEc2 ? 'EC2' : 'FARGATE',
        createdAt: ctx.date(400),
        containers: [{ name: app, lastStatus: 'RUNNING' }],
      });
    }
  }
  (ecs.clusters ??= []).push(cluster);
}

/** A task role per family: usually scoped, sometimes admin, often without the confused-deputy conditions. */
function taskRoleFor(account: AccountBuilder, region: string, family: string): string {
  const { ctx, id } = account;
  const admin = ctx.chance(0.1);
  return account.role(`${family}-task`, ecsTasksTrust(id, region, ctx.chance(0.6)), {
    AttachedManagedPolicies: admin ? [{ PolicyArn: AWS_POLICY('AdministratorAccess') }] : undefined,
    RolePolicyList: admin ? undefined : [{ PolicyName: `${family}-data`, PolicyDocument: allow(['dynamodb:GetItem', 'dynamodb:PutItem'], `arn:aws:dynamodb:${region}:${id}:table/${family}`) }],
    RoleLastUsed: ctx.chance(0.7) ? { LastUsedDate: ctx.date(450), Region: region } : undefined,
  });
}

function addContainerInstances(account: AccountBuilder, region: string, cluster: ClusterInput, prefix: string): string[] {
  const { ctx, id } = account;
  account.role('ecsInstanceRole', serviceTrust('ec2.amazonaws.com'), {
    AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY('service-role/AmazonEC2ContainerServiceforEC2Role') }],
    InstanceProfileList: [{ InstanceProfileName: 'ecsInstanceRole' }],
  });
  const blocked = ctx.chance(0.5);
  const userData = Buffer.from(`#!/bin/bash\necho ECS_CLUSTER=${cluster.clusterName} >> /etc/ecs/ecs.config\n${blocked ? 'echo ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config\n' : ''}`).toString('base64');
  const fleet = addFleet(account, {
    name: `${cluster.clusterName}-ecs`,
    region,
    instanceProfileArn: `arn:aws:iam::${id}:instance-profile/ecsInstanceRole`,
    count: ctx.int(1, 3),
    imdsV1: ctx.chance(0.2),
    hopLimit: ctx.chance(0.3) ? 2 : 1,
    userData,
    tags: { Name: `${cluster.clusterName}-ecs` },
  });
  return fleet.instanceIds.map((instanceId) => {
    const arn = `${prefix}:container-instance/${cluster.clusterName}/${ctx.hex(32)}`;
    cluster.containerInstances?.push({ containerInstanceArn: arn, ec2InstanceId: instanceId, registeredAt: ctx.date(300), versionInfo: { agentVersion: '1.82.0' } });
    return arn;
  });
}
