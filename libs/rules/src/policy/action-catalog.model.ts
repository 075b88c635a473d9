import { globRegExp, hasWildcard } from './wildcard.matcher';

export const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface ActionCatalogEntry {
  /** `service:ActionName` in the catalog's spelling, e.g. `iam:PassRole`. */
  readonly action: string;
  readonly accessLevel: AccessLevel;
}

/** The IAM actions known to exist; synchronous once built. Look-ups ignore case. */
export interface ActionCatalog {
  /** Catalog actions an Action pattern (`*`, `?`, `svc:*`, `*`) matches, in catalog spelling, sorted. */
  expand(pattern: string): readonly string[];
  accessLevel(action: string): AccessLevel | undefined;
  /** The catalog spelling of an action, or undefined when the catalog does not know it. */
  canonical(action: string): string | undefined;
  allActions(): readonly string[];
  /** Service prefixes (lower case), sorted. */
  services(): readonly string[];
  actionsOf(service: string): readonly string[];
}

const EXPANSION_CACHE_LIMIT = 5_000;

export function createActionCatalog(entries: Iterable<ActionCatalogEntry>): ActionCatalog {
  const byName = new Map<string, ActionCatalogEntry>();
  for (const entry of entries) byName.set(entry.action.toLowerCase(), entry);
  /** Catalog spellings, looked up first: callers mostly pass them, and they need no case folding. */
  const bySpelling = new Map([...byName.values()].map((entry) => [entry.action, entry]));
  const lookup = (action: string) => bySpelling.get(action) ?? byName.get(action.toLowerCase());
  const all = [...bySpelling.keys()].sort(compareActions);
  const byService = new Map<string, string[]>();
  for (const action of all) {
    const service = serviceOf(action);
    const list = byService.get(service);
    if (list === undefined) byService.set(service, [action]);
    else list.push(action);
  }
  const services = [...byService.keys()].sort();
  const expansions = new Map<string, readonly string[]>();

  const expandUncached = (pattern: string): readonly string[] => {
    if (!hasWildcard(pattern)) {
      const entry = byName.get(pattern);
      return entry === undefined ? [] : [entry.action];
    }
    const colon = pattern.indexOf(':');
    const service = colon < 0 ? undefined : pattern.slice(0, colon);
    const candidates = service !== undefined && !hasWildcard(service) ? (byService.get(service) ?? []) : all;
    const regex = globRegExp(pattern, true);
    return candidates.filter((action) => regex.test(action));
  };

  return {
    expand(pattern) {
      const key = pattern.toLowerCase();
      let result = expansions.get(key);
      if (result === undefined) {
        result = expandUncached(key);
        if (expansions.size >= EXPANSION_CACHE_LIMIT) expansions.clear();
        expansions.set(key, result);
      }
      return result;
    },
    accessLevel: (action) => lookup(action)?.accessLevel,
    canonical: (action) => lookup(action)?.action,
    allActions: () => all,
    services: () => services,
    actionsOf: (service) => byService.get(service.toLowerCase()) ?? [],
  };
}

/** The service prefix of an action, lower case (`IAM:PassRole` -> `iam`). */
export function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

function compareActions(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
