import type { ActionGrant, GrantMap } from './grant-map';
import type { ResourceScope } from './resource-scope';
import { isMatchAll, matchesGlob } from './wildcard.matcher';

/**
 * Whether the action is allowed, with no condition, on the given resource ARN; without an ARN, on
 * every resource (`*` with no exception).
 */
export function grantedUnconditionallyOn(grants: GrantMap, action: string, resource?: string): boolean {
  const scopes = grants.get(action)?.scopes ?? [];
  return scopes.some((scope) => !scope.conditional && scopeCovers(scope, resource));
}

/** Whether some scope allows, with no condition, every resource (`*` with no exception). */
export function grantedUnconditionallyOnAll(scopes: readonly ResourceScope[]): boolean {
  return scopes.some((scope) => !scope.conditional && scopeCovers(scope, undefined));
}

function scopeCovers(scope: ResourceScope, resource: string | undefined): boolean {
  if (resource === undefined) return isMatchAll(scope.pattern) && scope.except.length === 0;
  return matchesGlob(scope.pattern, resource) && !scope.except.some((except) => matchesGlob(except, resource));
}

/** Sorted unique resource patterns of a grant. */
export function resourcesOf(grant: ActionGrant): string[] {
  return [...new Set(grant.scopes.map((scope) => scope.pattern))].sort();
}

export function excludedResourcesOf(grant: ActionGrant): string[] {
  return [...new Set(grant.scopes.flatMap((scope) => scope.except))].sort();
}

/** True when no scope of the grant is free of conditions. */
export function isConditional(grant: ActionGrant): boolean {
  return grant.scopes.every((scope) => scope.conditional);
}

export function statementsOf(grant: ActionGrant): ActionGrant['scopes'][number]['statements'] {
  const refs = new Map(grant.scopes.flatMap((scope) => scope.statements).map((ref) => [`${ref.policy}#${ref.statement}`, ref]));
  return [...refs.values()];
}
