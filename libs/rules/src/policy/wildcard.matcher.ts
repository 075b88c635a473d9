/**
 * IAM glob patterns: `*` matches any run of characters, `?` exactly one. The policy-variable escapes
 * `${*}`, `${?}` and `${$}` stand for the literal characters. Other policy variables (`${aws:username}`)
 * are kept as literal text, so they match only themselves.
 */

type Token = { kind: 'star' } | { kind: 'one' } | { kind: 'char'; char: string };

const ESCAPES: Record<string, string> = { '${*}': '*', '${?}': '?', '${$}': '$' };
const CACHE_LIMIT = 20_000;
const regexCache = new Map<string, RegExp>();

export function hasWildcard(pattern: string): boolean {
  if (!/[*?]/.test(pattern)) return false;
  return !pattern.includes('${') || tokenize(pattern).some((token) => token.kind !== 'char');
}

/** True when the pattern is made only of `*` (it matches every value). */
export function isMatchAll(pattern: string): boolean {
  return /^\*+$/.test(pattern);
}

export function matchesGlob(pattern: string, value: string, ignoreCase = false): boolean {
  if (/[*?$]/.test(pattern)) return globRegExp(pattern, ignoreCase).test(value);
  if (pattern.length !== value.length) return false;
  return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
}

export function globRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let regex = regexCache.get(cacheKey);
  if (regex === undefined) {
    const source = tokenize(pattern)
      .map((t) => (t.kind === 'star' ? '.*' : t.kind === 'one' ? '.' : t.char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    if (regexCache.size >= CACHE_LIMIT) regexCache.clear();
    regexCache.set(cacheKey, regex);
  }
  return regex;
}

/**
 * True when every value `inner` matches is also matched by `outer`. Sound (never claims a
 * subsumption that does not hold); it may miss exotic ones such as `*?` over `?*`.
 */
export function globSubsumes(outer: string, inner: string, ignoreCase = false): boolean {
  const a = tokenize(fold(outer, ignoreCase));
  const b = tokenize(fold(inner, ignoreCase));
  return explore(a.length, b.length, (i, j, visit) => {
    const x = a[i];
    const y = b[j];
    if (x?.kind === 'star') return visit(i + 1, j) || (y !== undefined && visit(i, j + 1));
    if (x === undefined || y === undefined || y.kind === 'star') return false;
    if (x.kind === 'one') return visit(i + 1, j + 1);
    return y.kind === 'char' && y.char === x.char && visit(i + 1, j + 1);
  });
}

/** True when some value is matched by both patterns. */
export function globsIntersect(first: string, second: string, ignoreCase = false): boolean {
  const a = tokenize(fold(first, ignoreCase));
  const b = tokenize(fold(second, ignoreCase));
  return explore(a.length, b.length, (i, j, visit) => {
    const x = a[i];
    const y = b[j];
    if (x?.kind === 'star' && (visit(i + 1, j) || (y !== undefined && visit(i, j + 1)))) return true;
    if (y?.kind === 'star' && (visit(i, j + 1) || (x !== undefined && visit(i + 1, j)))) return true;
    if (x === undefined || y === undefined || x.kind === 'star' || y.kind === 'star') return false;
    const compatible = x.kind === 'one' || y.kind === 'one' || x.char === y.char;
    return compatible && visit(i + 1, j + 1);
  });
}

type Step = (i: number, j: number, visit: (i: number, j: number) => boolean) => boolean;

/** Depth-first search over token positions (i, j), each visited once, succeeding at (endA, endB). */
function explore(endA: number, endB: number, step: Step): boolean {
  const seen = new Uint8Array((endA + 1) * (endB + 1));
  const visit = (i: number, j: number): boolean => {
    if (i === endA && j === endB) return true;
    const slot = i * (endB + 1) + j;
    if (seen[slot] === 1) return false;
    seen[slot] = 1;
    return step(i, j, visit);
  };
  return visit(0, 0);
}

function fold(pattern: string, ignoreCase: boolean): string {
  return ignoreCase ? pattern.toLowerCase() : pattern;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const escape = ESCAPES[pattern.slice(i, i + 4)];
    if (escape !== undefined) {
      tokens.push({ kind: 'char', char: escape });
      i += 3;
    } else if (pattern[i] === '*') {
      tokens.push({ kind: 'star' });
    } else if (pattern[i] === '?') {
      tokens.push({ kind: 'one' });
    } else {
      tokens.push({ kind: 'char', char: pattern[i] });
    }
  }
  return tokens;
}
