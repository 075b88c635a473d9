import { parseOperator, type ParsedOperator } from './condition.operators';
import type { ConditionClause } from './policy-document.types';
import { substituteVariables } from './policy-variables';

/** Request context: condition keys (any case) to their values; an undefined value means absent. */
export type RequestContext = Readonly<Record<string, string | readonly string[] | undefined>>;

export type ConditionOutcome = 'met' | 'not-met' | 'undecided';

export interface ConditionEvaluation {
  readonly outcome: ConditionOutcome;
  /** Why the outcome is undecided: unsupported operators, keys the context does not settle. */
  readonly reasons: readonly string[];
}

export interface EvaluationOptions {
  /**
   * How to read a key the context does not list: `absent` (the context is the whole request, IAM's
   * rules for absent keys apply) or `undecided` (the context is partial). Default `absent`.
   */
  readonly missingKeys?: 'absent' | 'undecided';
}

/** Evaluates a Condition element: clauses AND together, the values of one clause OR. */
export function evaluateConditions(
  clauses: readonly ConditionClause[],
  context: RequestContext,
  options: EvaluationOptions = {},
): ConditionEvaluation {
  const lookup = new Map(Object.entries(context).map(([key, value]) => [key.toLowerCase(), value]));
  const reasons: string[] = [];
  let undecided = false;
  for (const clause of clauses) {
    const key = clause.key.toLowerCase();
    const known = lookup.has(key) || options.missingKeys !== 'undecided';
    const op = parseOperator(clause.operator);
    const values = policyValues(clause, op, context, options.missingKeys ?? 'absent');
    const outcome = !known || typeof values === 'string' ? 'undecided' : evaluateClause(op, values, lookup.get(key));
    if (outcome === 'not-met') return { outcome, reasons: [] };
    if (outcome === 'undecided') {
      undecided = true;
      reasons.push(
        !known ? `context does not give ${clause.key}` : typeof values === 'string' ? values : `unsupported operator ${clause.operator}`,
      );
    }
  }
  return undecided ? { outcome: 'undecided', reasons } : { outcome: 'met', reasons: [] };
}

/**
 * The clause's values with policy variables substituted from the context; a value whose variable is
 * absent from a whole request (no default) matches nothing and is left out. A text instead: the
 * reason the values are unknown.
 */
function policyValues(
  clause: ConditionClause,
  op: ParsedOperator,
  context: RequestContext,
  missingKeys: 'absent' | 'undecided',
): readonly string[] | string {
  if (!clause.values.some((value) => value.includes('${'))) return clause.values;
  const values: string[] = [];
  for (const value of clause.values) {
    const substituted = substituteVariables(value, context, missingKeys, op.wildcards);
    if (substituted.kind === 'unknown') return `context does not give ${substituted.key} (policy variable)`;
    if (substituted.kind === 'value') values.push(substituted.text);
  }
  return values;
}

function evaluateClause(
  op: ParsedOperator,
  policyValues: readonly string[],
  contextValue: string | readonly string[] | undefined,
): ConditionOutcome {
  if (!op.known) return 'undecided';
  const requestValues = contextValue === undefined ? [] : typeof contextValue === 'string' ? [contextValue] : contextValue;
  const present = requestValues.length > 0;
  if (op.base === 'Null') return policyValues.some((v) => (v.toLowerCase() === 'true') !== present) ? 'met' : 'not-met';
  const match = op.match;
  if (match === undefined) return 'undecided';
  if (!present) return absentKeyOutcome(op);
  const matchesPolicy = (value: string) => policyValues.some((policyValue) => match(policyValue, value));
  const satisfies = (value: string) => matchesPolicy(value) !== op.negated;
  const met =
    op.qualifier === 'ForAllValues' || (op.qualifier === undefined && op.negated)
      ? requestValues.every(satisfies)
      : requestValues.some(satisfies);
  return met ? 'met' : 'not-met';
}

/** IAM with an absent key: IfExists and ForAllValues hold, ForAnyValue fails, negated operators hold. */
function absentKeyOutcome(op: ParsedOperator): ConditionOutcome {
  if (op.ifExists || op.qualifier === 'ForAllValues') return 'met';
  if (op.qualifier === 'ForAnyValue') return 'not-met';
  return op.negated ? 'met' : 'not-met';
}
