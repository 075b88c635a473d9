import { z } from 'zod';
import { withTags } from '../../model/ecs-served';
import { parseJsonInput } from '../../protocols/json-input';
import { JsonRaw } from '../../wire/json-writer';
import type { JsonHandler } from '../service';
import { checkBatch, includesTags, pageInput, pageOf } from './ecs-common';

export const listClusters: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(z.object(pageInput), body, 'ecs');
  const page = pageOf(ctx, ctx.account.region(ctx.region).ecs().clusters, input, null);
  return { clusterArns: page.items.map((cluster) => cluster.arn), nextToken: page.nextToken };
};

const describeInput = z.object({ clusters: z.array(z.string()).optional(), include: z.array(z.string()).optional() });

export const describeClusters: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(describeInput, body, 'ecs');
  const names = input.clusters ?? ['default'];
  checkBatch(names, 100, 'clusters');
  const ecs = ctx.account.region(ctx.region).ecs();
  const found = names.map((name) => ({ name, cluster: ecs.findCluster(name) }));
  return {
    clusters: found.flatMap(({ cluster }) => (cluster ? [new JsonRaw(withTags(cluster.wire(), includesTags(input.include)))] : [])),
    failures: found
      .filter(({ cluster }) => !cluster)
      .map(({ name }) => ({ arn: name.startsWith('arn:') ? name : `arn:aws:ecs:${ctx.region}:${ctx.account.id}:cluster/${name}`, reason: 'MISSING' })),
  };
};
