import { globMatches } from '../util/glob';

/** Values of the request context keys, lowercase key names. Absent keys are undefined. */
export type RequestContext = Record<string, string | undefined>;

type ConditionValues = string | number | boolean | (string | number | boolean)[];

/** Whether every operator/key pair of a Condition block holds (keys AND, values under one key OR). Unknown operators fail. */
export function conditionsHold(condition: Record<string, Record<string, ConditionValues>> | undefined, context: RequestContext): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([operator, entries]) =>
    Object.entries(entries).every(([key, values]) => operatorHolds(operator, context[key.toLowerCase()], toList(values))),
  );
}

function toList(values: ConditionValues): string[] {
  return (Array.isArray(values) ? values : [values]).map(String);
}

function operatorHolds(rawOperator: string, actual: string | undefined, expected: string[]): boolean {
  const ifExists = rawOperator.endsWith('IfExists');
  const operator = rawOperator.replace(/IfExists$/, '').replace(/^(ForAnyValue|ForAllValues):/, '');
  if (operator === 'Null') return expected.includes(String(actual === undefined));
  if (actual === undefined) return ifExists || operator.includes('Not');
  const test = TESTS[operator];
  return test !== undefined && test(actual, expected);
}

const equalsAny = (actual: string, expected: string[]) => expected.includes(actual);
const likeAny = (actual: string, expected: string[]) => expected.some((pattern) => globMatches(pattern, actual));

const TESTS: Record<string, (actual: string, expected: string[]) => boolean> = {
  StringEquals: equalsAny,
  StringNotEquals: (a, e) => !equalsAny(a, e),
  StringEqualsIgnoreCase: (a, e) => e.some((v) => v.toLowerCase() === a.toLowerCase()),
  StringNotEqualsIgnoreCase: (a, e) => !e.some((v) => v.toLowerCase() === a.toLowerCase()),
  StringLike: likeAny,
  StringNotLike: (a, e) => !likeAny(a, e),
  ArnEquals: equalsAny,
  ArnNotEquals: (a, e) => !equalsAny(a, e),
  ArnLike: likeAny,
  ArnNotLike: (a, e) => !likeAny(a, e),
  Bool: (a, e) => e.some((v) => v.toLowerCase() === a.toLowerCase()),
};
