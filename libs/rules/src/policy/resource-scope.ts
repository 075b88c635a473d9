import { callerClausesOf, onCallerKeys, solveCallerRequest, type CallerRequirement } from './caller-request';
import type { RequestContext } from './condition.evaluator';
import type { ConditionClause, PolicyStatement, StatementRef } from './policy-document.types';
import { variablesIn, widenVariables } from './policy-variables';
import { globSubsumes, globsIntersect } from './wildcard.matcher';

/** Where an action is allowed: a resource pattern minus exceptions, and whether a condition is involved. */
export interface ResourceScope {
  readonly pattern: string;
  /** Carved out by NotResource or by a Deny that covers part of the pattern. */
  readonly except: readonly string[];
  /**
   * True when a condition restricts the scope: an allowing Condition on keys bound to the principal,
   * the resource or the organization must hold, or a Deny conditioned on such keys may remove it.
   */
  readonly conditional: boolean;
  /**
   * Set on an unconditional scope that holds only for some requests the caller can choose to send
   * (region, transport, time, source network, request tags): what the request must be.
   */
  readonly requires?: CallerRequirement;
  /** When conditional: the condition keys and policy variables it depends on (sorted). */
  readonly dependsOn?: readonly string[];
  readonly statements: readonly StatementRef[];
}

/** The condition keys and policy variables (`${aws:username}`) a statement's outcome depends on. */
function dependencies(clauses: readonly ConditionClause[], patterns: readonly string[] = []): string[] {
  const keys = [...clauses.map((c) => c.key), ...[...clauses.flatMap((c) => c.values), ...patterns].flatMap(variablesIn).map((k) => `\${${k}}`)];
  return [...new Set(keys)].sort();
}

/**
 * The scopes one Allow statement grants. `pinned`: condition keys the action fixes whatever the
 * caller does (aws:RequestedRegion of IAM).
 */
export function allowScopes(statement: PolicyStatement, ref: StatementRef, pinned?: RequestContext): ResourceScope[] {
  const conditions = statement.conditions;
  const resource = statement.resource;
  const requires = conditions.length > 0 && onCallerKeys(conditions) ? solveCallerRequest(conditions, [], pinned) : undefined;
  const conditional = conditions.length > 0 && requires === undefined;
  const base = { statements: [ref], ...(requires === undefined ? {} : { requires }) };
  // A Resource with a policy variable (ABAC: `home/${aws:username}/*`) holds for the principal's own value: conditional.
  const scope = (pattern: string, except: string[]): ResourceScope => {
    const depends = dependencies(conditional ? conditions : [], [pattern, ...except]);
    const variable = depends.some((d) => d.startsWith('${'));
    return {
      pattern: widenVariables(pattern),
      except: variable ? [] : except,
      conditional: conditional || variable,
      ...base,
      ...(conditional || variable ? { dependsOn: depends } : {}),
    };
  };
  if (resource === undefined) return [scope('*', [])];
  if (resource.negated) return [scope('*', [...resource.patterns])];
  return resource.patterns.map((pattern) => scope(pattern, []));
}

/**
 * Applies a Deny statement (already known to cover the action). An unconditional Deny removes the
 * scopes it covers, narrows `*` to what its NotResource spares, and records partial overlaps as
 * exceptions; a conditional Deny marks the scopes it may touch as conditional, unless the caller can
 * escape it by how it calls (a request context failing its caller-key clauses while meeting the
 * scope's own requirement), which the scope then requires.
 */
export function applyDeny(scopes: readonly ResourceScope[], deny: PolicyStatement, pinned?: RequestContext): ResourceScope[] {
  const resource = deny.resource;
  const variables = resource !== undefined && resource.patterns.some((p) => variablesIn(p).length > 0);
  if (deny.conditions.length > 0 || variables) {
    // A Deny on `data/${aws:username}/*` may apply (to the principal's own value): like a conditional Deny.
    const widened: PolicyStatement = variables && resource !== undefined ? { ...deny, resource: { ...resource, patterns: resource.patterns.map(widenVariables) } } : deny;
    const escapable = variables ? [] : callerClausesOf(deny.conditions);
    const depends = dependencies(deny.conditions, resource?.patterns ?? []);
    return scopes.map((scope) => {
      if (scope.conditional || !denyTouches(widened, scope.pattern)) return scope;
      const requires =
        escapable.length === 0
          ? undefined
          : solveCallerRequest(scope.requires?.must ?? [], [...(scope.requires?.avoid ?? []), escapable], pinned);
      return requires === undefined ? restricted(scope, depends) : { ...scope, requires };
    });
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

function restricted(scope: ResourceScope, dependsOn?: readonly string[]): ResourceScope {
  const { requires: _dropped, ...rest } = scope;
  const depends = [...new Set([...(scope.dependsOn ?? []), ...(dependsOn ?? [])])].sort();
  return { ...rest, conditional: true, ...(depends.length === 0 ? {} : { dependsOn: depends }) };
}

/** Scopes allowed by both the identity policies and the permissions boundary. */
export function intersectScopes(
  identity: readonly ResourceScope[],
  boundary: readonly ResourceScope[],
  pinned?: RequestContext,
): ResourceScope[] {
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
        const scope: ResourceScope = {
          pattern,
          except: unique([...s.except, ...b.except]),
          conditional: s.conditional || b.conditional,
          statements: uniqueRefs([...s.statements, ...b.statements]),
        };
        if (scope.conditional || (s.requires === undefined && b.requires === undefined)) return [scope];
        const requires = solveCallerRequest(
          [...(s.requires?.must ?? []), ...(b.requires?.must ?? [])],
          [...(s.requires?.avoid ?? []), ...(b.requires?.avoid ?? [])],
          pinned,
        );
        return [requires === undefined ? restricted(scope) : { ...scope, requires }];
      }),
    ),
  );
}

/**
 * Joins scopes with the same pattern and exceptions, keeping the least restricted: unconditional
 * before caller-satisfiable before conditional.
 */
export function mergeScopes(scopes: readonly ResourceScope[]): ResourceScope[] {
  const byKey = new Map<string, ResourceScope>();
  for (const scope of scopes) {
    const key = JSON.stringify([scope.pattern, [...scope.except].sort()]);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, scope);
    } else {
      const kept = restriction(scope) < restriction(seen) ? scope : seen;
      byKey.set(key, { ...kept, statements: uniqueRefs([...seen.statements, ...scope.statements]) });
    }
  }
  return [...byKey.values()];
}

function restriction(scope: ResourceScope): number {
  return scope.conditional ? 2 : scope.requires === undefined ? 0 : 1;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueRefs(refs: readonly StatementRef[]): StatementRef[] {
  const seen = new Map(refs.map((ref) => [`${ref.policy}#${ref.statement}`, ref]));
  return [...seen.values()];
}
