import { z } from 'zod';
import { withTags } from '../../model/ecs-served';
import { parseJsonInput } from '../../protocols/json-input';
import { JsonRaw } from '../../wire/json-writer';
import type { JsonHandler } from '../service';
import { checkBatch, findCluster, includesTags, pageInput, pageOf } from './ecs-common';

const listInput = z.object({
  cluster: z.string().optional(),
  containerInstance: z.string().optional(),
  family: z.string().optional(),
  startedBy: z.string().optional(),
  serviceName: z.string().optional(),
  desiredStatus: z.enum(['RUNNING', 'PENDING', 'STOPPED']).default('RUNNING'),
  launchType: z.string().optional(),
  ...pageInput,
});

/** Task ARNs of a cluster with ECS's filters (desiredStatus RUNNING unless given). */
export const listTasks: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(listInput, body, 'ecs');
  const cluster = findCluster(ctx, input.cluster);
  const instanceArn = input.containerInstance && cluster.containerInstanceByKey.get(input.containerInstance)?.arn;
  const tasks = cluster.tasks.filter(({ data }) => {
    const family = data.taskDefinitionArn.slice(data.taskDefinitionArn.lastIndexOf('/') + 1).split(':')[0];
    return (
      data.desiredStatus === input.desiredStatus &&
      (!input.containerInstance || data.containerInstanceArn === instanceArn) &&
      (!input.family || family === input.family) &&
      (!input.startedBy || data.startedBy === input.startedBy) &&
      (!input.serviceName || data.group === `service:${input.serviceName}`) &&
      (!input.launchType || data.launchType === input.launchType)
    );
  });
  const { nextToken: _token, maxResults: _max, ...filters } = input;
  const page = pageOf(ctx, tasks, input, [cluster.arn, filters]);
  return { taskArns: page.items.map((task) => task.arn), nextToken: page.nextToken };
};

const describeInput = z.object({ cluster: z.string().optional(), tasks: z.array(z.string()), include: z.array(z.string()).optional() });

/** At most 100 tasks per call. */
export const describeTasks: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(describeInput, body, 'ecs');
  checkBatch(input.tasks, 100, 'tasks');
  const cluster = findCluster(ctx, input.cluster);
  const found = input.tasks.map((key) => ({ key, task: cluster.taskByKey.get(key) }));
  return {
    tasks: found.flatMap(({ task }) => (task ? [new JsonRaw(withTags(task.wire(), includesTags(input.include)))] : [])),
    failures: found.filter(({ task }) => !task).map(({ key }) => ({ arn: key, reason: 'MISSING' })),
  };
};
