import { callerKey } from './condition-keys.catalog';
import { evaluateConditions, type RequestContext } from './condition.evaluator';
import { parseOperator } from './condition.operators';
import { firstAddressOf } from './ip-address.matcher';
import type { ConditionClause } from './policy-document.types';
import { hasPolicyVariable } from './policy-variables';

/** A request context the caller can send: condition keys (as the policy spells them) to values; absent keys left out. */
export type CallerContext = Readonly<Record<string, string>>;

/**
 * What a grant needs from the request when only caller-controlled conditions stand between the
 * caller and it (see condition-keys.catalog.ts): the Allow clauses to meet, the Deny clauses to
 * escape, and one request context that does both.
 */
export interface CallerRequirement {
  /** Clauses of the Allow (all on caller keys): each must hold. */
  readonly must: readonly ConditionClause[];
  /** Per Deny, its clauses on caller keys: some clause of each must fail. */
  readonly avoid: readonly (readonly ConditionClause[])[];
  /** A request meeting `must` and escaping every `avoid`: the condition the caller had to meet. */
  readonly context: CallerContext;
}

/** True when every clause is on a key the caller controls (and compares it with no policy variable, bound to the principal). */
export function onCallerKeys(clauses: readonly ConditionClause[]): boolean {
  return clauses.length > 0 && clauses.every(isCallerClause);
}

/** The clauses of a Deny on keys the caller controls (those it can make fail). */
export function callerClausesOf(clauses: readonly ConditionClause[]): ConditionClause[] {
  return clauses.filter(isCallerClause);
}

function isCallerClause(clause: ConditionClause): boolean {
  return callerKey(clause.key) !== undefined && !clause.values.some(hasPolicyVariable);
}

/** Beyond this many candidate requests the search gives up (and the grant stays conditional). */
const SEARCH_LIMIT = 4096;
const OTHER_VALUE = 'rolecall-unlisted-value';
const OTHER_ADDRESS = '198.51.100.23';

/**
 * Searches for a request the caller can send that meets every `must` clause and makes each Deny in
 * `avoid` fail. `pinned` fixes keys the action decides (aws:RequestedRegion of a global service).
 * Candidate values come from the policies themselves (each listed value, one step either side of a
 * date or number, the first address of a CIDR block), one value listed nowhere, and absence when
 * the caller can omit the key. Undefined when no candidate works: the conditions truly restrict.
 */
export function solveCallerRequest(
  must: readonly ConditionClause[],
  avoid: readonly (readonly ConditionClause[])[],
  pinned: RequestContext = {},
): CallerRequirement | undefined {
  const clauses = [...must, ...avoid.flat()];
  const keys = new Map<string, string>();
  for (const clause of clauses) if (!keys.has(clause.key.toLowerCase())) keys.set(clause.key.toLowerCase(), clause.key);
  const pinnedLower = new Map(Object.entries(pinned).map(([key, value]) => [key.toLowerCase(), value]));
  const choices: { key: string; values: (string | undefined)[] }[] = [];
  let combinations = 1;
  for (const [lower, key] of keys) {
    const values = candidates(lower, clauses.filter((c) => c.key.toLowerCase() === lower), pinnedLower.get(lower));
    if (values === undefined) return undefined;
    choices.push({ key, values });
    combinations *= values.length;
    if (combinations > SEARCH_LIMIT || combinations === 0) return undefined;
  }
  const picked = new Array<number>(choices.length).fill(0);
  for (let n = 0; n < combinations; n++) {
    const context: Record<string, string> = {};
    choices.forEach(({ key, values }, i) => {
      const value = values[picked[i]];
      if (value !== undefined) context[key] = value;
    });
    if (escapes(must, avoid, context)) return { must, avoid, context };
    for (let i = choices.length - 1; i >= 0; i--) {
      picked[i] = (picked[i] + 1) % choices[i].values.length;
      if (picked[i] !== 0) break;
    }
  }
  return undefined;
}

function escapes(must: readonly ConditionClause[], avoid: readonly (readonly ConditionClause[])[], context: RequestContext): boolean {
  if (must.length > 0 && evaluateConditions(must, context).outcome !== 'met') return false;
  return avoid.every((deny) => evaluateConditions(deny, context).outcome === 'not-met');
}

function candidates(key: string, clauses: readonly ConditionClause[], pinned: RequestContext[string]): (string | undefined)[] | undefined {
  if (pinned !== undefined) return typeof pinned === 'string' ? [pinned] : [...pinned];
  const control = callerKey(key);
  if (control === undefined) return undefined;
  const absent = control.canOmit ? [undefined] : [];
  if (control.values !== 'any') return [...control.values, ...absent];
  const fromPolicy = clauses.flatMap(valuesSatisfying);
  const addresses = clauses.some((clause) => parseOperator(clause.operator).base.endsWith('IpAddress'));
  return [...new Set([...fromPolicy, addresses ? OTHER_ADDRESS : OTHER_VALUE]), ...absent];
}

/** Request values around each policy value of a clause: the value, and its neighbours for dates and numbers. */
function valuesSatisfying(clause: ConditionClause): string[] {
  const op = parseOperator(clause.operator);
  if (op.base === 'Bool') return ['true', 'false'];
  return clause.values.flatMap((value): string[] => {
    if (op.base.startsWith('Date')) return dateNeighbours(value);
    if (op.base.startsWith('Numeric')) {
      const n = Number(value);
      return Number.isNaN(n) ? [] : [n - 1, n, n + 1].map(String);
    }
    if (op.base.endsWith('IpAddress')) return [firstAddressOf(value) ?? ''].filter((v) => v !== '');
    return op.wildcards ? [instance(value, ''), instance(value, 'rolecall')] : [value];
  });
}

function dateNeighbours(value: string): string[] {
  const epoch = /^\d+$/.test(value);
  const ms = epoch ? Number(value) * 1000 : Date.parse(value);
  if (Number.isNaN(ms)) return [];
  return [ms - 1000, ms, ms + 1000].map((t) => (epoch ? String(t / 1000) : new Date(t).toISOString()));
}

/** A value a wildcard pattern matches: `*` as `star`, `?` as `x`, escapes as their characters. */
function instance(pattern: string, star: string): string {
  return pattern.replace(/\$\{([*?$])\}|[*?]/g, (token: string, escaped: string | undefined) =>
    escaped !== undefined ? escaped : token === '?' ? 'x' : star,
  );
}
