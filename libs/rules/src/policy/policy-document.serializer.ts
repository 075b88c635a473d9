import type { ConditionClause, MatchList, PolicyDocument, PolicyStatement, PrincipalBlock } from './policy-document.types';

/** IAM's JSON form of a policy document, as written by serializePolicyDocument. */
export interface PolicyJson {
  Version: string;
  Id?: string;
  Statement: PolicyStatementJson[];
}

export type PolicyStatementJson = { Sid?: string; Effect: string } & Record<string, unknown>;

/** Writes a normalized document back as IAM JSON (single-element lists become plain strings). */
export function serializePolicyDocument(document: PolicyDocument): PolicyJson {
  return {
    Version: document.version ?? '2012-10-17',
    ...(document.id === undefined ? {} : { Id: document.id }),
    Statement: document.statements.map(serializeStatement),
  };
}

function serializeStatement(statement: PolicyStatement): PolicyStatementJson {
  return {
    ...(statement.sid === undefined ? {} : { Sid: statement.sid }),
    Effect: statement.effect,
    ...principalJson(statement.principal, 'Principal'),
    ...principalJson(statement.notPrincipal, 'NotPrincipal'),
    ...matchListJson(statement.action, 'Action', 'NotAction'),
    ...matchListJson(statement.resource, 'Resource', 'NotResource'),
    ...conditionJson(statement.conditions),
  };
}

function compact(values: readonly string[]): string | string[] {
  return values.length === 1 ? values[0] : [...values];
}

function matchListJson(list: MatchList | undefined, name: string, notName: string): Record<string, unknown> {
  if (list === undefined) return {};
  return { [list.negated ? notName : name]: compact(list.patterns) };
}

function principalJson(block: PrincipalBlock | undefined, name: string): Record<string, unknown> {
  if (block === undefined) return {};
  const entries = Object.entries(block).filter(([, values]) => values.length > 0);
  return { [name]: Object.fromEntries(entries.map(([type, values]) => [type, compact(values)])) };
}

function conditionJson(clauses: readonly ConditionClause[]): Record<string, unknown> {
  if (clauses.length === 0) return {};
  const byOperator: Record<string, Record<string, string | string[]>> = {};
  for (const clause of clauses) {
    byOperator[clause.operator] = { ...byOperator[clause.operator], [clause.key]: compact(clause.values) };
  }
  return { Condition: byOperator };
}
