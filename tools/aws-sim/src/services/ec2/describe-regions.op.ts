import { serviceError } from '../../protocols/error-catalog';
import { AWS_REGIONS, findRegion } from '../../world/regions';
import type { QueryHandler } from '../service';
import { applyFilters } from './ec2-filters';

/** Enabled regions (or all with AllRegions), each with its opt-in status for the caller's account. */
export const describeRegions: QueryHandler = ({ sim, account }, input) => {
  const names = input.list('RegionName');
  const unknown = names.find((name) => !findRegion(name));
  if (unknown) throw serviceError('ec2', 'validation', `Invalid region: ${unknown}`);
  const all = input.bool('AllRegions') ?? false;
  const regions = AWS_REGIONS.map((region) => {
    const enabled = account.regionEnabled(region.name) && !sim.faults.regionDisabled(account.id, region.name);
    return {
      RegionName: region.name,
      Endpoint: `ec2.${region.name}.amazonaws.com`,
      OptInStatus: enabled ? (region.optIn ? 'opted-in' : 'opt-in-not-required') : 'not-opted-in',
      enabled,
    };
  }).filter((region) => (names.length > 0 ? names.includes(region.RegionName) : all || region.enabled));
  const filtered = applyFilters(regions, input.filters(), {
    'region-name': (r) => r.RegionName,
    endpoint: (r) => r.Endpoint,
    'opt-in-status': (r) => r.OptInStatus,
  });
  return { Regions: filtered.map(({ enabled: _enabled, ...region }) => region) };
};
