import type { LaunchTemplate as SdkLaunchTemplate, LaunchTemplateVersion as SdkVersion } from '@aws-sdk/client-ec2';
import type { LaunchTemplate, LaunchTemplateRef } from '@rolecall/model';
import { paginate, type Collection } from '../collection';
import { launchTemplateFrom, launchTemplateVersionFrom } from '../transforms/ec2.transform';
import type { Place } from '../transforms/ecs.transform';
import { partitionOf } from '../transforms/shared';

/** Numbered versions that references name beyond $Default and $Latest, per template id. */
export function extraVersionsInUse(templates: readonly SdkLaunchTemplate[], refs: readonly LaunchTemplateRef[]): Map<string, number[]> {
  const byName = new Map(templates.map((template) => [template.LaunchTemplateName, template]));
  const byId = new Map(templates.map((template) => [template.LaunchTemplateId, template]));
  const extra = new Map<string, Set<number>>();
  for (const ref of refs) {
    const template = ref.id ? byId.get(ref.id) : byName.get(ref.name);
    const version = Number(ref.version);
    if (!template?.LaunchTemplateId || !Number.isInteger(version)) continue;
    if (version === template.DefaultVersionNumber || version === template.LatestVersionNumber) continue;
    const versions = extra.get(template.LaunchTemplateId) ?? new Set<number>();
    extra.set(template.LaunchTemplateId, versions.add(version));
  }
  return new Map([...extra].map(([id, versions]) => [id, [...versions].sort((a, b) => a - b)]));
}

/**
 * Every template's $Default and $Latest versions in one paginated call across templates, then
 * the other versions something uses, one call per template that has any.
 */
export async function collectLaunchTemplates(
  collection: Collection,
  place: Place,
  templates: readonly SdkLaunchTemplate[],
  refs: readonly LaunchTemplateRef[],
): Promise<LaunchTemplate[]> {
  if (templates.length === 0) return [];
  const { session } = collection;
  const current = await collection.attempt(() =>
    paginate(async (NextToken) => {
      const input = { Versions: ['$Default', '$Latest'], NextToken, MaxResults: 200 };
      const page = await session.call('ec2', 'DescribeLaunchTemplateVersions', input, place.region);
      return { items: page.LaunchTemplateVersions, next: page.NextToken };
    }),
  );
  const extra = await Promise.all(
    [...extraVersionsInUse(templates, refs)].map(([LaunchTemplateId, versions]) =>
      collection.attempt(async () => {
        const input = { LaunchTemplateId, Versions: versions.map(String) };
        const page = await session.call('ec2', 'DescribeLaunchTemplateVersions', input, place.region);
        return page.LaunchTemplateVersions ?? [];
      }, `arn:${partitionOf(place.region)}:ec2:${place.region}:${place.accountId}:launch-template/${LaunchTemplateId}`),
    ),
  );
  const versions = [...(current ?? []), ...extra.flatMap((found) => found ?? [])];
  const found = templates.map((template) => launchTemplateFrom(template, versionsOf(template, versions), place));
  return collection.identified('ec2 launch template', place.region, found);
}

function versionsOf(template: SdkLaunchTemplate, versions: readonly SdkVersion[]) {
  const seen = new Set<number>();
  return versions
    .filter((version) => version.LaunchTemplateId === template.LaunchTemplateId)
    .filter((version) => !seen.has(version.VersionNumber ?? 0) && seen.add(version.VersionNumber ?? 0))
    .map(launchTemplateVersionFrom);
}
