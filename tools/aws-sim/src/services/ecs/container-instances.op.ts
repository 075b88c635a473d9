import { z } from 'zod';
import { withTags } from '../../model/ecs-served';
import { parseJsonInput } from '../../protocols/json-input';
import { JsonRaw } from '../../wire/json-writer';
import type { JsonHandler } from '../service';
import { checkBatch, findCluster, includesTags, pageInput, pageOf } from './ecs-common';

const listInput = z.object({ cluster: z.string().optional(), status: z.string().optional(), filter: z.string().optional(), ...pageInput });

export const listContainerInstances: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(listInput, body, 'ecs');
  const cluster = findCluster(ctx, input.cluster);
  const instances = cluster.containerInstances.filter(({ data }) => !input.status || data.status === input.status);
  const page = pageOf(ctx, instances, input, [cluster.arn, input.status, input.filter]);
  return { containerInstanceArns: page.items.map((instance) => instance.arn), nextToken: page.nextToken };
};

const describeInput = z.object({ cluster: z.string().optional(), containerInstances: z.array(z.string()), include: z.array(z.string()).optional() });

/** At most 100 container instances per call. */
export const describeContainerInstances: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(describeInput, body, 'ecs');
  checkBatch(input.containerInstances, 100, 'containerInstances');
  const cluster = findCluster(ctx, input.cluster);
  const found = input.containerInstances.map((key) => ({ key, instance: cluster.containerInstanceByKey.get(key) }));
  return {
    containerInstances: found.flatMap(({ instance }) => (instance ? [new JsonRaw(withTags(instance.wire(), includesTags(input.include)))] : [])),
    failures: found.filter(({ instance }) => !instance).map(({ key }) => ({ arn: key, reason: 'MISSING' })),
  };
};
