/** The normalized shape of an IAM policy document: every list is an array, every value a string. */

export type Effect = 'Allow' | 'Deny';

export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

/** A Principal or NotPrincipal element; `"Principal": "*"` is read as `{ AWS: ["*"] }`. */
export type PrincipalBlock = Readonly<Record<PrincipalType, readonly string[]>>;

/** One operator/key pair of a Condition element. Values of one key OR together; clauses AND. */
export interface ConditionClause {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
}

/** Action/NotAction or Resource/NotResource: the patterns, and whether it is the Not form. */
export interface MatchList {
  readonly negated: boolean;
  readonly patterns: readonly string[];
}

export interface PolicyStatement {
  /** Position in the document, from 0. */
  readonly index: number;
  readonly sid?: string;
  readonly effect: Effect;
  readonly action: MatchList;
  /** Absent in trust and other resource-based policies: the statement applies to any resource. */
  readonly resource?: MatchList;
  readonly principal?: PrincipalBlock;
  readonly notPrincipal?: PrincipalBlock;
  readonly conditions: readonly ConditionClause[];
}

export interface PolicyDocument {
  readonly version?: string;
  readonly id?: string;
  readonly statements: readonly PolicyStatement[];
}

/** Where a fact came from: the policy's name (as the caller labelled it) and the statement. */
export interface StatementRef {
  readonly policy: string;
  readonly statement: number;
  readonly sid?: string;
}

/** A policy document with the name the caller knows it by (inline name or managed policy ARN). */
export interface NamedPolicy {
  readonly name: string;
  readonly document: PolicyDocument;
}

export function statementRef(policy: string, statement: PolicyStatement): StatementRef {
  return statement.sid === undefined
    ? { policy, statement: statement.index }
    : { policy, statement: statement.index, sid: statement.sid };
}
