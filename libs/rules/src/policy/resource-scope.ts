import type { PolicyStatement, StatementRef } from './policy-document.types';
import { globSubsumes, globsIntersect } from './wildcard.matcher';

/** Where an action is allowed: a resource pattern minus exceptions, and whether a condition is involved. */
export interface ResourceScope {
  readonly pattern: string;
  /** Carved out by NotResource or by a Deny that covers part of the pattern. */
  readonly except: readonly string[];
  /** True when an allowing Condition must hold, or a conditional Deny may remove the scope. */
  readonly conditional: boolean;
  readonly statements: readonly StatementRef[];
}

/** The scopes one Allow statement grants. */
export function allowScopes(statement: PolicyStatement, ref: StatementRef): ResourceScope[] {
  const base = { conditional: statement.conditions.length > 0, statements: [ref] };
  const resource = statement.resource;
  if (resource === undefined) return [{ pattern: '*', except: [], ...base }];
  if (resource.negated) return [{ pattern: '*', except: [...resource.patterns], ...base }];
  return resource.patterns.map((pattern) => ({ pattern, except: [], ...base }));
}

/**
 * Applies a Deny statement (already known to cover the action). An unconditional Deny removes the
 * scopes it covers, narrows `*` to what its NotResource spares, and records partial overlaps as
 * exceptions; a conditional Deny only marks the scopes it may touch as conditional.
 */
export function applyDeny(scopes: readonly ResourceScope[], deny: PolicyStatement): ResourceScope[] {
  const resource = deny.resource;
  if (deny.conditions.length > 0) {
    return scopes.map((scope) => (denyTouches(deny, scope.pattern) ? { ...scope, conditional: true } : scope));
  }
  if (resource === undefined) return [];
  if (!resource.negated) {
    return scopes
      .filter((scope) => !resource.patterns.some((d) => globSubsumes(d, scope.pattern)))
      .map((scope) => {
        const partial = resource.patterns.filter((d) => globsIntersect(d, scope.pattern));
        return partial.length === 0 ? scope : { ...scope, except: unique([...scope.except, ...partial]) };
      });
  }
  return scopes.flatMap((scope) => spare(scope, resource.patterns));
}

/** Under `Deny NotResource: spared`, what remains of a scope. Partial overlaps are kept whole. */
function spare(scope: ResourceScope, spared: readonly string[]): ResourceScope[] {
  if (spared.some((s) => globSubsumes(s, scope.pattern))) return [scope];
  const overlapping = spared.filter((s) => globsIntersect(s, scope.pattern));
  if (overlapping.some((s) => !globSubsumes(scope.pattern, s))) return [scope];
  return overlapping.map((pattern) => ({ ...scope, pattern }));
}

function denyTouches(deny: PolicyStatement, pattern: string): boolean {
  const resource = deny.resource;
  if (resource === undefined) return true;
  if (!resource.negated) return resource.patterns.some((d) => globsIntersect(d, pattern));
  return !resource.patterns.some((s) => globSubsumes(s, pattern));
}

/** Scopes allowed by both the identity policies and the permissions boundary. */
export function intersectScopes(identity: readonly ResourceScope[], boundary: readonly ResourceScope[]): ResourceScope[] {
  return mergeScopes(
    identity.flatMap((s) =>
      boundary.flatMap((b) => {
        const pattern = globSubsumes(b.pattern, s.pattern)
          ? s.pattern
          : globSubsumes(s.pattern, b.pattern)
            ? b.pattern
            : globsIntersect(s.pattern, b.pattern)
              ? s.pattern
              : undefined;
        if (pattern === undefined) return [];
        return [{
          pattern,
          except: unique([...s.except, ...b.except]),
          conditional: s.conditional || b.conditional,
          statements: uniqueRefs([...s.statements, ...b.statements]),
        }];
      }),
    ),
  );
}

/** Joins scopes with the same pattern and exceptions: unconditional if either is. */
export function mergeScopes(scopes: readonly ResourceScope[]): ResourceScope[] {
  const byKey = new Map<string, ResourceScope>();
  for (const scope of scopes) {
    const key = JSON.stringify([scope.pattern, [...scope.except].sort()]);
    const seen = byKey.get(key);
    byKey.set(
      key,
      seen === undefined
        ? scope
        : { ...seen, conditional: seen.conditional && scope.conditional, statements: uniqueRefs([...seen.statements, ...scope.statements]) },
    );
  }
  return [...byKey.values()];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueRefs(refs: readonly StatementRef[]): StatementRef[] {
  const seen = new Map(refs.map((ref) => [`${ref.policy}#${ref.statement}`, ref]));
  return [...seen.values()];
}
