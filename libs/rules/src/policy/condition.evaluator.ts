import { parseOperator, type ParsedOperator } from './condition.operators';
import type { ConditionClause } from './policy-document.types';

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
    const outcome = known ? evaluateClause(parseOperator(clause.operator), clause.values, lookup.get(key)) : 'undecided';
    if (outcome === 'not-met') return { outcome, reasons: [] };
    if (outcome === 'undecided') {
      undecided = true;
      reasons.push(known ? `unsupported operator ${clause.operator}` : `context does not give ${clause.key}`);
    }
  }
  return undecided ? { outcome: 'undecided', reasons } : { outcome: 'met', reasons: [] };
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
