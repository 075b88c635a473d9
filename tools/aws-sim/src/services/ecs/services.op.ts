import { z } from 'zod';
import { withTags } from '../../model/ecs-served';
import { parseJsonInput } from '../../protocols/json-input';
import { JsonRaw } from '../../wire/json-writer';
import type { JsonHandler } from '../service';
import { checkBatch, findCluster, includesTags, pageInput, pageOf } from './ecs-common';

const listInput = z.object({
  cluster: z.string().optional(),
  launchType: z.string().optional(),
  schedulingStrategy: z.enum(['REPLICA', 'DAEMON']).optional(),
  ...pageInput,
});

/** Service ARNs of a cluster: 10 per page unless maxResults says otherwise (at most 100), as ECS does. */
export const listServices: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(listInput, body, 'ecs');
  const cluster = findCluster(ctx, input.cluster);
  const services = cluster.services.filter(
    ({ data }) =>
      data.status !== 'INACTIVE' &&
      (!input.launchType || data.launchType === input.launchType) &&
      (!input.schedulingStrategy || data.schedulingStrategy === input.schedulingStrategy),
  );
  const page = pageOf(ctx, services, input, [cluster.arn, input.launchType, input.schedulingStrategy], 10);
  return { serviceArns: page.items.map((service) => service.arn), nextToken: page.nextToken };
};

const describeInput = z.object({ cluster: z.string().optional(), services: z.array(z.string()), include: z.array(z.string()).optional() });

/** At most 10 services per call. */
export const describeServices: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(describeInput, body, 'ecs');
  checkBatch(input.services, 10, 'services');
  const cluster = findCluster(ctx, input.cluster);
  const found = input.services.map((name) => ({ name, service: cluster.serviceByKey.get(name) }));
  return {
    services: found.flatMap(({ service }) => (service ? [new JsonRaw(withTags(service.wire(), includesTags(input.include)))] : [])),
    failures: found
      .filter(({ service }) => !service)
      .map(({ name }) => ({ arn: name.startsWith('arn:') ? name : `arn:aws:ecs:${ctx.region}:${ctx.account.id}:service/${cluster.key}/${name}`, reason: 'MISSING' })),
  };
};
