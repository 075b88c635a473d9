import type { ActionCatalog } from './action-catalog.model';
import type { ActionGrant, GrantMap } from './grant-map';
import { grantedUnconditionallyOnAll } from './grant-queries';

/**
 * Services the role holds as a whole: every catalog action of the service allowed on `*` with no
 * condition (written as `svc:*`, `*`, or a NotAction that leaves the service whole). Sorted.
 * A service stops at its first action not fully granted; grants sharing one scopes array are judged once.
 */
export function findServiceWildcards(grants: GrantMap, catalog: ActionCatalog): string[] {
  const fullByScopes = new Map<ActionGrant['scopes'], boolean>();
  const fullyGranted = (action: string): boolean => {
    const scopes = grants.get(action)?.scopes;
    if (scopes === undefined) return false;
    let full = fullByScopes.get(scopes);
    if (full === undefined) {
      full = grantedUnconditionallyOnAll(scopes);
      fullByScopes.set(scopes, full);
    }
    return full;
  };
  return catalog.services().filter((service) => catalog.actionsOf(service).every(fullyGranted));
}
