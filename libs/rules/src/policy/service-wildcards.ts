import { serviceOf, type ActionCatalog } from './action-catalog.model';
import type { ActionGrant, GrantMap } from './grant-map';
import { grantedUnconditionallyOnAll } from './grant-queries';

/**
 * Services the role holds as a whole: every catalog action of the service allowed on `*` with no
 * condition (written as `svc:*`, `*`, or a NotAction that leaves the service whole). Sorted.
 * Counts the fully granted catalog actions of each service in one pass over the grants (grants
 * sharing one scopes array are judged once) and keeps the services where every action is counted.
 */
export function findServiceWildcards(grants: GrantMap, catalog: ActionCatalog): string[] {
  const fullByScopes = new Map<ActionGrant['scopes'], boolean>();
  const serviceByAction = servicesByActionOf(catalog);
  const fullyGranted = new Map<string, number>();
  // values() yields the map's own entries, one per action: grants.get(grant.action) is the grant itself.
  for (const { action, scopes } of grants.values()) {
    let full = fullByScopes.get(scopes);
    if (full === undefined) {
      full = grantedUnconditionallyOnAll(scopes);
      fullByScopes.set(scopes, full);
    }
    const service = full ? serviceByAction.get(action) : undefined;
    if (service !== undefined) fullyGranted.set(service, (fullyGranted.get(service) ?? 0) + 1);
  }
  return catalog.services().filter((service) => fullyGranted.get(service) === catalog.actionsOf(service).length);
}

const grantedServicesMemo = new WeakMap<GrantMap, readonly string[]>();

/** Services with at least one granted action (catalog or not), sorted; computed once per grant map. */
export function grantedServicesOf(grants: GrantMap, catalog: ActionCatalog): string[] {
  let services = grantedServicesMemo.get(grants);
  if (services === undefined) {
    const serviceByAction = servicesByActionOf(catalog);
    const found = new Set<string>();
    for (const { action } of grants.values()) found.add(serviceByAction.get(action) ?? serviceOf(action));
    services = [...found].sort();
    grantedServicesMemo.set(grants, services);
  }
  return [...services];
}

const servicesByAction = new WeakMap<ActionCatalog, ReadonlyMap<string, string>>();

/** Catalog spelling -> service prefix, for every catalog action. */
function servicesByActionOf(catalog: ActionCatalog): ReadonlyMap<string, string> {
  let services = servicesByAction.get(catalog);
  if (services === undefined) {
    services = new Map(catalog.allActions().map((action) => [action, serviceOf(action)]));
    servicesByAction.set(catalog, services);
  }
  return services;
}
