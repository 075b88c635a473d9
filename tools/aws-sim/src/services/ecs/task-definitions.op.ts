import { z } from 'zod';
import { SimError } from '../../protocols/sim-error';
import { parseJsonInput } from '../../protocols/json-input';
import { JsonRaw } from '../../wire/json-writer';
import type { JsonHandler } from '../service';
import { includesTags, pageInput, pageOf } from './ecs-common';

const familiesInput = z.object({ familyPrefix: z.string().optional(), status: z.enum(['ACTIVE', 'INACTIVE', 'ALL']).default('ACTIVE'), ...pageInput });

/** Families by prefix: ACTIVE = has an ACTIVE revision, INACTIVE = has none, ALL = every family. */
export const listTaskDefinitionFamilies: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(familiesInput, body, 'ecs');
  const families = [...ctx.account.region(ctx.region).ecs().families]
    .filter(([family]) => !input.familyPrefix || family.startsWith(input.familyPrefix))
    .filter(([, revisions]) => {
      const active = revisions.some((revision) => revision.data.status === 'ACTIVE');
      return input.status === 'ALL' || (input.status === 'ACTIVE' ? active : !active);
    })
    .map(([family]) => family)
    .sort();
  const page = pageOf(ctx, families, input, [input.familyPrefix, input.status]);
  return { families: page.items, nextToken: page.nextToken };
};

const definitionsInput = z.object({
  familyPrefix: z.string().optional(),
  status: z.enum(['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS']).default('ACTIVE'),
  sort: z.enum(['ASC', 'DESC']).default('ASC'),
  ...pageInput,
});

/** Revision ARNs by family then revision; familyPrefix is a full family name here, as in ECS. */
export const listTaskDefinitions: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(definitionsInput, body, 'ecs');
  const ecs = ctx.account.region(ctx.region).ecs();
  const families = input.familyPrefix ? [input.familyPrefix] : [...ecs.families.keys()].sort();
  const arns = families
    .flatMap((family) => ecs.families.get(family) ?? [])
    .filter((definition) => definition.data.status === input.status)
    .map((definition) => definition.arn);
  if (input.sort === 'DESC') arns.reverse();
  const page = pageOf(ctx, arns, input, [input.familyPrefix, input.status, input.sort]);
  return { taskDefinitionArns: page.items, nextToken: page.nextToken };
};

const describeInput = z.object({ taskDefinition: z.string(), include: z.array(z.string()).optional() });

/** By ARN, family:revision, or family (its latest ACTIVE revision). */
export const describeTaskDefinition: JsonHandler = (ctx, body) => {
  const input = parseJsonInput(describeInput, body, 'ecs');
  const definition = ctx.account.region(ctx.region).ecs().findTaskDefinition(input.taskDefinition);
  if (!definition) throw new SimError('ClientException', 'Unable to describe task definition.', 400);
  const { json, tags } = definition.wire();
  return { taskDefinition: new JsonRaw(json), tags: includesTags(input.include) ? tags : undefined };
};
