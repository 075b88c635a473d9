import { serviceOf, type ActionCatalog } from './action-catalog.model';
import type { GrantMap } from './grant-map';
import { grantedUnconditionallyOn } from './grant-queries';

/**
 * Services the role holds as a whole: every catalog action of the service allowed on `*` with no
 * condition (written as `svc:*`, `*`, or a NotAction that leaves the service whole). Sorted.
 */
export function findServiceWildcards(grants: GrantMap, catalog: ActionCatalog): string[] {
  const granted = new Set([...grants.values()].map((grant) => serviceOf(grant.action)));
  return catalog
    .services()
    .filter((service) => granted.has(service))
    .filter((service) => catalog.actionsOf(service).every((action) => grantedUnconditionallyOn(grants, action)));
}
