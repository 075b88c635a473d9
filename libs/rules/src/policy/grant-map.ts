import type { ActionCatalog } from './action-catalog.model';
import type { ResourceScope } from './resource-scope';

/** One action the role is effectively allowed, and where. */
export interface ActionGrant {
  /** Catalog spelling, or as written for actions the catalog does not know. */
  readonly action: string;
  readonly scopes: readonly ResourceScope[];
}

/** Effective grants, looked up by action name in any case. Iterates in catalog order. */
export interface GrantMap {
  get(action: string): ActionGrant | undefined;
  has(action: string): boolean;
  /** One grant per action; get(grant.action) returns that same grant. */
  values(): IterableIterator<ActionGrant>;
  readonly size: number;
}

/**
 * Looks up catalog spellings directly (the common case, with no case folding) and falls back to a
 * lower-case index for other spellings.
 */
export function createGrantMap(grants: Iterable<ActionGrant>, catalog: ActionCatalog): GrantMap {
  const exact = new Map<string, ActionGrant>();
  for (const grant of grants) exact.set(grant.action, grant);
  let folded: Map<string, ActionGrant> | undefined;
  const get = (action: string): ActionGrant | undefined => {
    const found = exact.get(action);
    if (found !== undefined || catalog.canonical(action) === action) return found;
    folded ??= new Map([...exact.values()].map((grant) => [grant.action.toLowerCase(), grant]));
    return folded.get(action.toLowerCase());
  };
  return {
    get,
    has: (action) => get(action) !== undefined,
    values: () => exact.values(),
    size: exact.size,
  };
}
