import type { z } from 'zod';
import {
  rawPolicyDocumentSchema,
  type RawCondition,
  type RawPrincipal,
  type RawStatement,
} from './policy-document.schema';
import {
  PRINCIPAL_TYPES,
  type ConditionClause,
  type MatchList,
  type PolicyDocument,
  type PolicyStatement,
  type PrincipalBlock,
} from './policy-document.types';

export class PolicyParseError extends Error {
  override readonly name = 'PolicyParseError';
}

/**
 * Reads a policy document given as an object, a JSON string, or URL-encoded JSON (as IAM returns
 * documents), and normalizes every list element to an array. Throws PolicyParseError when invalid.
 */
export function parsePolicyDocument(input: unknown): PolicyDocument {
  const json = typeof input === 'string' ? parseJsonText(input) : input;
  const result = rawPolicyDocumentSchema.safeParse(json);
  if (!result.success) throw new PolicyParseError(`invalid policy document: ${describeIssues(result.error)}`);
  const raw = result.data;
  return {
    ...(raw.Version === undefined ? {} : { version: raw.Version }),
    ...(raw.Id === undefined ? {} : { id: raw.Id }),
    statements: raw.Statement.map(normalizeStatement),
  };
}

function parseJsonText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return parseJson(trimmed, 'JSON');
  let decoded: string;
  try {
    decoded = decodeURIComponent(trimmed);
  } catch {
    throw new PolicyParseError('invalid policy document: neither JSON nor URL-encoded JSON');
  }
  return parseJson(decoded, 'URL-encoded JSON');
}

function parseJson(text: string, form: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PolicyParseError(`invalid policy document: malformed ${form} (${(error as Error).message})`);
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
      return path === '' ? issue.message : `${path.replace(/^\./, '')}: ${issue.message}`;
    })
    .join('; ');
}

function normalizeStatement(raw: RawStatement, index: number): PolicyStatement {
  const resource = matchList(raw.Resource, raw.NotResource);
  const principal = raw.Principal === undefined ? undefined : principalBlock(raw.Principal);
  const notPrincipal = raw.NotPrincipal === undefined ? undefined : principalBlock(raw.NotPrincipal);
  return {
    index,
    ...(raw.Sid === undefined ? {} : { sid: raw.Sid }),
    effect: raw.Effect,
    action: matchList(raw.Action, raw.NotAction) ?? { negated: false, patterns: [] },
    ...(resource === undefined ? {} : { resource }),
    ...(principal === undefined ? {} : { principal }),
    ...(notPrincipal === undefined ? {} : { notPrincipal }),
    conditions: raw.Condition === undefined ? [] : conditionClauses(raw.Condition),
  };
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function matchList(positive: string | string[] | undefined, negative: string | string[] | undefined): MatchList | undefined {
  if (positive !== undefined) return { negated: false, patterns: toArray(positive) };
  if (negative !== undefined) return { negated: true, patterns: toArray(negative) };
  return undefined;
}

function principalBlock(raw: RawPrincipal): PrincipalBlock {
  if (raw === '*') return { AWS: ['*'], Service: [], Federated: [], CanonicalUser: [] };
  const entries = PRINCIPAL_TYPES.map((type) => [type, toArray(raw[type])] as const);
  return Object.fromEntries(entries) as Record<(typeof PRINCIPAL_TYPES)[number], string[]>;
}

function conditionClauses(raw: RawCondition): ConditionClause[] {
  return Object.entries(raw).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, values]) => ({ operator, key, values: toArray(values).map(String) })),
  );
}
