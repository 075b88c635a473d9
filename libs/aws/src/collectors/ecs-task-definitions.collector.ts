import type { EcsTaskDefinition } from '@rolecall/model';
import { paginate, type Collection } from '../collection';
import type { Place } from '../transforms/ecs.transform';
import { taskDefinitionFrom } from '../transforms/task-definition.transform';

/**
 * Each ACTIVE family's latest revision, plus every other revision a service or running task uses.
 * DescribeTaskDefinition has no batch form: one call per family and per extra revision.
 */
export async function collectTaskDefinitions(
  collection: Collection,
  place: Place,
  usedArns: readonly string[],
): Promise<EcsTaskDefinition[]> {
  const families = (await collection.attempt(() => listActiveFamilies(collection, place.region))) ?? [];
  const latest = await Promise.all(
    families.map((family) => collection.attempt(() => describe(collection, family, true, place))),
  );
  const found = new Set(latest.flatMap((definition) => definition?.arn ?? []));
  const extra = [...new Set(usedArns)].filter((arn) => arn && !found.has(arn));
  const used = await Promise.all(extra.map((arn) => collection.attempt(() => describe(collection, arn, false, place), arn)));
  const definitions = [...latest, ...used].filter((definition): definition is EcsTaskDefinition => definition !== undefined);
  return collection.identified('ecs task definition', place.region, definitions);
}

async function listActiveFamilies(collection: Collection, region: string): Promise<string[]> {
  return paginate(async (nextToken) => {
    const input = { status: 'ACTIVE' as const, nextToken, maxResults: 100 };
    const page = await collection.session.call('ecs', 'ListTaskDefinitionFamilies', input, region);
    return { items: page.families, next: page.nextToken };
  });
}

async function describe(
  collection: Collection,
  taskDefinition: string,
  latestActive: boolean,
  place: Place,
): Promise<EcsTaskDefinition | undefined> {
  const input = { taskDefinition, include: ['TAGS' as const] };
  const output = await collection.session.call('ecs', 'DescribeTaskDefinition', input, place.region);
  return output.taskDefinition ? taskDefinitionFrom(output.taskDefinition, output.tags, latestActive, place) : undefined;
}
