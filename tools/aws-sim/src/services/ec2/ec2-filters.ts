import { serviceError } from '../../protocols/error-catalog';
import type { Filter } from '../../protocols/query-input';
import { globMatches } from '../../util/glob';

type Tag = { Key: string; Value: string };

/** Reads a filter's value from a resource; undefined = the filter does not apply to this resource type. */
export type FilterFields<T> = Record<string, (resource: T) => string | undefined>;

/**
 * Keeps resources matching every filter (values OR, filters AND; '*' and '?' wildcards as EC2 allows).
 * Supports tag:<key> and tag-key for resources with Tags; unknown filter names are rejected as EC2 rejects them.
 */
export function applyFilters<T extends object>(resources: readonly T[], filters: Filter[], fields: FilterFields<T>): T[] {
  for (const filter of filters) {
    if (!fields[filter.Name] && !filter.Name.startsWith('tag:') && filter.Name !== 'tag-key') {
      throw serviceError('ec2', 'validation', `The filter '${filter.Name}' is invalid`);
    }
  }
  return resources.filter((resource) => filters.every((filter) => matchesFilter(resource, filter, fields)));
}

function matchesFilter<T extends object>(resource: T, filter: Filter, fields: FilterFields<T>): boolean {
  const tags = 'Tags' in resource ? (resource.Tags as Tag[]) : [];
  if (filter.Name === 'tag-key') return tags.some((tag) => filter.Values.some((v) => globMatches(v, tag.Key)));
  if (filter.Name.startsWith('tag:')) {
    const key = filter.Name.slice(4);
    return tags.some((tag) => tag.Key === key && filter.Values.some((v) => globMatches(v, tag.Value)));
  }
  const value = fields[filter.Name](resource);
  return value !== undefined && filter.Values.some((v) => globMatches(v, value));
}
