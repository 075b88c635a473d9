import { parseOperator } from './condition.operators';
import type { ConditionClause } from './policy-document.types';
import { hasWildcard, isMatchAll } from './wildcard.matcher';

/**
 * Why a condition clause restricts less than it seems to:
 * - `if-exists`: an ...IfExists operator holds when the key is absent;
 * - `for-all-values`: ForAllValues holds when the key is absent or empty;
 * - `negated`: a *Not* operator admits everything but the listed values (and holds when absent);
 * - `presence-only`: Null tests presence, not the value;
 * - `wildcard-all`: a wildcard value matches every value;
 * - `wildcard`: a wildcard value matches more than one value (the clause still restricts);
 * - `unsupported-operator`: this library cannot read the operator.
 */
export type ClauseWeakness =
  | 'if-exists'
  | 'for-all-values'
  | 'negated'
  | 'presence-only'
  | 'wildcard-all'
  | 'wildcard'
  | 'unsupported-operator';

export interface KeyConstraint {
  readonly key: string;
  readonly operator: string;
  readonly values: readonly string[];
  /** True when the clause fails for requests whose value is not listed (and when the key is absent). */
  readonly effective: boolean;
  readonly weakness?: ClauseWeakness;
}

/** How far one clause restricts its key. */
export function describeConstraint(clause: ConditionClause): KeyConstraint {
  const weakness = weaknessOf(clause);
  return {
    key: clause.key,
    operator: clause.operator,
    values: clause.values,
    effective: weakness === undefined || weakness === 'wildcard',
    ...(weakness === undefined ? {} : { weakness }),
  };
}

/** The clauses on one condition key (keys compare case-insensitively), described. */
export function constraintsOn(clauses: readonly ConditionClause[], key: string): KeyConstraint[] {
  const wanted = key.toLowerCase();
  return clauses.filter((clause) => clause.key.toLowerCase() === wanted).map(describeConstraint);
}

export function anyEffective(constraints: readonly KeyConstraint[]): boolean {
  return constraints.some((constraint) => constraint.effective);
}

function weaknessOf(clause: ConditionClause): ClauseWeakness | undefined {
  const op = parseOperator(clause.operator);
  if (!op.known) return 'unsupported-operator';
  if (op.base === 'Null') return 'presence-only';
  if (op.ifExists) return 'if-exists';
  if (op.qualifier === 'ForAllValues') return 'for-all-values';
  if (op.negated) return 'negated';
  if (op.wildcards && clause.values.some(isMatchAll)) return 'wildcard-all';
  if (op.wildcards && clause.values.some(hasWildcard)) return 'wildcard';
  return undefined;
}
