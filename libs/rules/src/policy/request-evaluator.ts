import {
  evaluateConditions,
  type ConditionOutcome,
  type EvaluationOptions,
  type RequestContext,
} from './condition.evaluator';
import type { PolicyStatement } from './policy-document.types';
import type { RolePermissions } from './permission-grants';
import { coversAction, coversResource } from './statement.matcher';

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

/** Decides over one set of statements, as IAM does for a single policy type. */
function decide(statements: readonly PolicyStatement[], request: AccessRequest): RequestDecision {
  const applicable = statements.filter((s) => coversAction(s, request.action) && coversResource(s, request.resource));
  const missingKeys = request.context === undefined ? 'undecided' : 'absent';
  const outcomes = (effect: PolicyStatement['effect']) =>
    applicable.filter((s) => s.effect === effect).map((s) => conditionOutcome(s, request.context ?? {}, missingKeys));
  return combineOutcomes(outcomes('Allow'), outcomes('Deny'));
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
