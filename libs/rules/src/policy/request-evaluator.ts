import {
  evaluateConditions,
  type ConditionOutcome,
  type EvaluationOptions,
  type RequestContext,
} from './condition.evaluator';
import type { PolicyStatement } from './policy-document.types';
import type { RolePermissions } from './permission-grants';
import { substituteVariables } from './policy-variables';
import { coversAction } from './statement.matcher';
import { matchesGlob } from './wildcard.matcher';

export type RequestDecision = 'allowed' | 'denied' | 'conditional';

export interface AccessRequest {
  readonly action: string;
  readonly resource: string;
  /**
   * The whole request context (keys absent from it are absent from the request). Omit it when the
   * context is unknown: every condition then counts as undecided.
   */
  readonly context?: RequestContext;
}

/**
 * One request against the role's identity policies and boundary: an explicit Deny whose condition
 * holds denies; otherwise an Allow whose condition holds allows, unless a Deny might apply; when
 * only undecided conditions separate the request from an Allow, the answer is `conditional`.
 */
export function evaluateRequest(permissions: RolePermissions, request: AccessRequest): RequestDecision {
  const identity = decide(permissions.policies.flatMap((p) => p.document.statements), request);
  if (permissions.permissionsBoundary === undefined || identity === 'denied') return identity;
  const boundary = decide(permissions.permissionsBoundary.document.statements, request);
  if (boundary === 'denied') return 'denied';
  return identity === 'allowed' && boundary === 'allowed' ? 'allowed' : 'conditional';
}

/**
 * Decides over one set of statements, as IAM does for a single policy type. A Resource holding a
 * policy variable the context does not settle makes the statement's outcome undecided.
 */
function decide(statements: readonly PolicyStatement[], request: AccessRequest): RequestDecision {
  const missingKeys = request.context === undefined ? 'undecided' : 'absent';
  const outcomes = (effect: PolicyStatement['effect']) =>
    statements.flatMap((s): ConditionOutcome[] => {
      if (s.effect !== effect || !coversAction(s, request.action)) return [];
      const applies = resourceApplies(s, request.resource, request.context, missingKeys);
      if (applies === 'no') return [];
      const outcome = conditionOutcome(s, request.context ?? {}, missingKeys);
      return [applies === 'undecided' && outcome === 'met' ? 'undecided' : outcome];
    });
  return combineOutcomes(outcomes('Allow'), outcomes('Deny'));
}

/** Resource/NotResource against the request's resource, policy variables substituted from the context. */
function resourceApplies(
  statement: PolicyStatement,
  resource: string,
  context: RequestContext | undefined,
  missingKeys: 'absent' | 'undecided',
): 'yes' | 'no' | 'undecided' {
  if (statement.resource === undefined) return 'yes';
  let unknown = false;
  const listed = statement.resource.patterns.some((pattern) => {
    const substituted = substituteVariables(pattern, context, missingKeys, true);
    if (substituted.kind === 'unknown') unknown = true;
    return substituted.kind === 'value' && matchesGlob(substituted.text, resource);
  });
  if (listed) return statement.resource.negated ? 'no' : 'yes';
  if (unknown) return 'undecided';
  return statement.resource.negated ? 'yes' : 'no';
}

/** A Deny that holds wins; an Allow that holds allows unless a Deny is undecided; else conditional or denied. */
export function combineOutcomes(allow: readonly ConditionOutcome[], deny: readonly ConditionOutcome[]): RequestDecision {
  if (deny.includes('met')) return 'denied';
  if (allow.includes('met') && !deny.includes('undecided')) return 'allowed';
  return allow.includes('met') || allow.includes('undecided') ? 'conditional' : 'denied';
}

export function conditionOutcome(
  statement: PolicyStatement,
  context: RequestContext,
  missingKeys: EvaluationOptions['missingKeys'],
): ConditionOutcome {
  if (statement.conditions.length === 0) return 'met';
  return evaluateConditions(statement.conditions, context, { missingKeys }).outcome;
}
