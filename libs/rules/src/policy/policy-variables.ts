import type { RequestContext } from './condition.evaluator';

/**
 * Policy variables in Resource and condition values: `${aws:username}`, `${aws:PrincipalTag/team}`,
 * `${key, 'default'}` (the default when the key is absent). `${*}`, `${?}` and `${$}` are the literal
 * characters (wildcard.matcher.ts reads them), not variables.
 */
const VARIABLE = /\$\{([^}]*)\}/g;
const ESCAPE_BODIES = new Set(['*', '?', '$']);

export type Substituted =
  | { readonly kind: 'value'; readonly text: string }
  /** The request context does not say (partial or no context): the answer must stay undecided. */
  | { readonly kind: 'unknown'; readonly key: string }
  /** The key is absent from a whole request context, with no default: the value matches nothing. */
  | { readonly kind: 'absent'; readonly key: string };

interface Variable {
  readonly key: string;
  readonly fallback?: string;
}

function parse(body: string): Variable | undefined {
  if (ESCAPE_BODIES.has(body)) return undefined;
  const match = /^\s*([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/.exec(body);
  return match === null ? undefined : { key: match[1], ...(match[2] === undefined ? {} : { fallback: match[2] }) };
}

/** The condition keys the text's variables read, in order. */
export function variablesIn(text: string): string[] {
  if (!text.includes('${')) return [];
  return [...text.matchAll(VARIABLE)].flatMap((m) => {
    const variable = parse(m[1]);
    return variable === undefined ? [] : [variable.key];
  });
}

export function hasPolicyVariable(text: string): boolean {
  return variablesIn(text).length > 0;
}

/** The text with each variable as `*`: every value the pattern can take, for static reasoning about scopes. */
export function widenVariables(text: string): string {
  if (!text.includes('${')) return text;
  return text.replace(VARIABLE, (whole: string, body: string) => (parse(body) === undefined ? whole : '*'));
}

/**
 * Substitutes the variables from the request context (keys in any case). `glob`: the text is a
 * wildcard pattern, so a substituted `*`, `?` or `$` is escaped to stay literal. `context` undefined,
 * or `missingKeys: 'undecided'` with the key unlisted: `unknown`.
 */
export function substituteVariables(
  text: string,
  context: RequestContext | undefined,
  missingKeys: 'absent' | 'undecided',
  glob: boolean,
): Substituted {
  if (!text.includes('${')) return { kind: 'value', text };
  const lookup = new Map(Object.entries(context ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  let failed: Substituted | undefined;
  const result = text.replace(VARIABLE, (whole: string, body: string) => {
    const variable = parse(body);
    if (variable === undefined || failed !== undefined) return whole;
    const listed = lookup.has(variable.key.toLowerCase());
    const value = lookup.get(variable.key.toLowerCase());
    if (context === undefined || (!listed && missingKeys === 'undecided') || Array.isArray(value)) {
      failed = { kind: 'unknown', key: variable.key };
      return whole;
    }
    const resolved = typeof value === 'string' ? value : variable.fallback;
    if (resolved === undefined) {
      failed = { kind: 'absent', key: variable.key };
      return whole;
    }
    return glob ? resolved.replace(/[*?$]/g, (c) => `\${${c}}`) : resolved;
  });
  return failed ?? { kind: 'value', text: result };
}
