import type { Collection } from '../collection';

const ENABLED = new Set(['opt-in-not-required', 'opted-in']);

/**
 * The account's enabled regions (DescribeRegions with opt-in status). If they cannot be read,
 * the gap is recorded and only the home region is scanned.
 */
export async function enabledRegions(collection: Collection): Promise<string[]> {
  const { session } = collection;
  const found = await collection.attempt(async () => {
    const { Regions } = await session.call('ec2', 'DescribeRegions', { AllRegions: true });
    return (Regions ?? [])
      .filter((region) => region.RegionName && ENABLED.has(region.OptInStatus ?? ''))
      .map((region) => region.RegionName ?? '')
      .sort();
  });
  return found ?? [session.homeRegion];
}
