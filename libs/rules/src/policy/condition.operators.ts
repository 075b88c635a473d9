import { arnMatches } from './arn.parser';
import { ipMatches } from './ip-address.matcher';
import { matchesGlob } from './wildcard.matcher';

/** Compares one policy value with one request value. */
type ValueMatcher = (policyValue: string, requestValue: string) => boolean;

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

export interface ParsedOperator {
  /** As written in the policy. */
  readonly operator: string;
  readonly qualifier?: SetQualifier;
  /** Base operator without qualifier or IfExists, in canonical spelling, e.g. `StringNotLike`. */
  readonly base: string;
  readonly ifExists: boolean;
  /** `*Not*` operators: true when the request value matches none of the policy values. */
  readonly negated: boolean;
  /** Whether `*` and `?` in policy values are wildcards (StringLike, Arn*). */
  readonly wildcards: boolean;
  /** Undefined for Null (handled apart) and for operators this library does not evaluate. */
  readonly match?: ValueMatcher;
  readonly known: boolean;
}

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const date = (text: string) => (/^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text));
const compare = (parse: (t: string) => number, test: (request: number, policy: number) => boolean): ValueMatcher =>
  (policyValue, requestValue) => {
    const p = parse(policyValue);
    const r = parse(requestValue);
    return !Number.isNaN(p) && !Number.isNaN(r) && test(r, p);
  };

interface BaseOperator {
  readonly match: ValueMatcher;
  readonly negated: boolean;
  readonly wildcards: boolean;
}

const positive = (match: ValueMatcher, wildcards = false): BaseOperator => ({ match, negated: false, wildcards });
const negative = (match: ValueMatcher, wildcards = false): BaseOperator => ({ match, negated: true, wildcards });

const stringEquals: ValueMatcher = (p, r) => p === r;
const stringEqualsIgnoreCase: ValueMatcher = (p, r) => p.toLowerCase() === r.toLowerCase();
const stringLike: ValueMatcher = (p, r) => matchesGlob(p, r);
const boolEquals: ValueMatcher = (p, r) => p.toLowerCase() === r.toLowerCase();

const BASE_OPERATORS: Record<string, BaseOperator> = {
  StringEquals: positive(stringEquals),
  StringNotEquals: negative(stringEquals),
  StringEqualsIgnoreCase: positive(stringEqualsIgnoreCase),
  StringNotEqualsIgnoreCase: negative(stringEqualsIgnoreCase),
  StringLike: positive(stringLike, true),
  StringNotLike: negative(stringLike, true),
  ArnEquals: positive(arnMatches, true),
  ArnLike: positive(arnMatches, true),
  ArnNotEquals: negative(arnMatches, true),
  ArnNotLike: negative(arnMatches, true),
  Bool: positive(boolEquals),
  NumericEquals: positive(compare(number, (r, p) => r === p)),
  NumericNotEquals: negative(compare(number, (r, p) => r === p)),
  NumericLessThan: positive(compare(number, (r, p) => r < p)),
  NumericLessThanEquals: positive(compare(number, (r, p) => r <= p)),
  NumericGreaterThan: positive(compare(number, (r, p) => r > p)),
  NumericGreaterThanEquals: positive(compare(number, (r, p) => r >= p)),
  IpAddress: positive(ipMatches),
  NotIpAddress: negative(ipMatches),
  DateEquals: positive(compare(date, (r, p) => r === p)),
  DateNotEquals: negative(compare(date, (r, p) => r === p)),
  DateLessThan: positive(compare(date, (r, p) => r < p)),
  DateLessThanEquals: positive(compare(date, (r, p) => r <= p)),
  DateGreaterThan: positive(compare(date, (r, p) => r > p)),
  DateGreaterThanEquals: positive(compare(date, (r, p) => r >= p)),
};

const CANONICAL = new Map([...Object.keys(BASE_OPERATORS), 'Null'].map((name) => [name.toLowerCase(), name]));

/** Splits `ForAnyValue:StringLikeIfExists` into its parts. Operator names are read case-insensitively. */
export function parseOperator(operator: string): ParsedOperator {
  let rest = operator;
  let qualifier: SetQualifier | undefined;
  const prefix = /^(forallvalues|foranyvalue):/i.exec(rest);
  if (prefix !== null) {
    qualifier = prefix[1].toLowerCase() === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue';
    rest = rest.slice(prefix[0].length);
  }
  const ifExists = /ifexists$/i.test(rest) && rest.toLowerCase() !== 'null';
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  const base = CANONICAL.get(rest.toLowerCase()) ?? rest;
  const definition = Object.hasOwn(BASE_OPERATORS, base) ? BASE_OPERATORS[base] : undefined;
  return {
    operator,
    ...(qualifier === undefined ? {} : { qualifier }),
    base,
    ifExists,
    negated: definition?.negated ?? false,
    wildcards: definition?.wildcards ?? false,
    ...(definition === undefined ? {} : { match: definition.match }),
    known: definition !== undefined || (base === 'Null' && !ifExists),
  };
}
