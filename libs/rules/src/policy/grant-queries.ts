import { parseArn } from './arn.parser';
import type { CallerRequirement } from './caller-request';
import type { ActionGrant, GrantMap } from './grant-map';
import type { ResourceScope } from './resource-scope';
import { globSubsumes, isMatchAll, matchesGlob } from './wildcard.matcher';

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

/**
 * The scope of a grant free of restricting conditions on every resource (`*` with no exception),
 * preferring one that needs nothing of the request; undefined when there is none.
 */
export function fullScopeOf(scopes: readonly ResourceScope[]): ResourceScope | undefined {
  return best(scopes.filter((scope) => !scope.conditional && scopeCovers(scope, undefined)));
}

/** Every IAM role, every IAM user, or some resource at all. */
export type IamResourceKind = 'role' | 'user' | 'some';

/**
 * The scope free of restricting conditions under which an action reaches a target: one ARN, `*`
 * (`any`), every role or user of an account (`role/*`, `user/*` or `*`), or some resource.
 */
export function scopeOn(
  grants: GrantMap,
  action: string,
  target: { readonly arn: string } | { readonly kind: IamResourceKind | 'any' },
): ResourceScope | undefined {
  const scopes = (grants.get(action)?.scopes ?? []).filter((scope) => !scope.conditional);
  if ('arn' in target) return best(scopes.filter((scope) => scopeCovers(scope, target.arn)));
  if (target.kind === 'some') return best(scopes);
  if (target.kind === 'any') return best(scopes.filter((scope) => scopeCovers(scope, undefined)));
  const kind = target.kind;
  return best(scopes.filter((scope) => scope.except.length === 0 && coversEvery(scope.pattern, kind)));
}

/** `*`, or an IAM pattern covering every `role/*` (`user/*`) of an account. */
export function coversEvery(pattern: string, kind: 'role' | 'user'): boolean {
  if (isMatchAll(pattern)) return true;
  const arn = parseArn(pattern);
  return arn !== undefined && matchesGlob(arn.service, 'iam') && globSubsumes(arn.resource, `${kind}/*`);
}

function best(scopes: readonly ResourceScope[]): ResourceScope | undefined {
  return scopes.find((scope) => scope.requires === undefined) ?? scopes[0];
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

/** The caller requests the scopes need, as `key=value` / `key absent`, sorted and unique. */
export function describeRequirements(scopes: readonly ResourceScope[]): string[] {
  const described = new Set<string>();
  for (const scope of scopes) if (scope.requires !== undefined) for (const text of describeRequirement(scope.requires)) described.add(text);
  return [...described].sort();
}

export function describeRequirement(requirement: CallerRequirement): string[] {
  const keys = new Map<string, string>();
  for (const clause of [...requirement.must, ...requirement.avoid.flat()]) keys.set(clause.key.toLowerCase(), clause.key);
  const lower = new Map(Object.entries(requirement.context).map(([key, value]) => [key.toLowerCase(), value]));
  return [...keys].map(([key, spelled]) => {
    const value = lower.get(key);
    return value === undefined ? `${spelled} absent` : `${spelled}=${value}`;
  });
}
