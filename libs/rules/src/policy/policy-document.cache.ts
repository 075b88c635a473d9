import { parsePolicyDocument } from './policy-document.parser';
import type { PolicyDocument } from './policy-document.types';

/**
 * Parsed policy documents shared across roles and accounts, so that a managed policy attached in
 * every account (and its statements' expanded actions, cached per statement object) is parsed once.
 * The key is the input's text: a string as it is, an object as its JSON, but only when the object is
 * plain JSON data (data properties of plain objects and dense arrays holding strings, finite numbers,
 * booleans and null), so that equal keys always mean inputs the parser reads the same way. Anything
 * else is parsed every time. Inputs that fail to parse are never kept (the parser's error is thrown
 * each time). Least recently used texts go first beyond `capacity`. Callers must not mutate the
 * documents returned (they are shared).
 */
export class PolicyDocumentCache {
  private readonly byText = new Map<string, PolicyDocument>();

  constructor(private readonly capacity = 1_000) {}

  parse(input: unknown): PolicyDocument {
    const key = textKey(input);
    let document = key === undefined ? undefined : this.byText.get(key);
    if (document === undefined) {
      document = parsePolicyDocument(input);
      if (key !== undefined) this.keep(key, document);
    } else if (key !== undefined) {
      this.byText.delete(key);
      this.byText.set(key, document);
    }
    return document;
  }

  get size(): number {
    return this.byText.size;
  }

  private keep(key: string, document: PolicyDocument): void {
    if (this.byText.size >= this.capacity) this.byText.delete(this.byText.keys().next().value as string);
    this.byText.set(key, document);
  }
}

/** `s` + a string input, `o` + the JSON of a plain-JSON object, else undefined (not cacheable by text). */
function textKey(input: unknown): string | undefined {
  if (typeof input === 'string') return `s${input}`;
  if (typeof input === 'object' && input !== null && isPlainJson(input, 0)) return `o${JSON.stringify(input)}`;
  return undefined;
}

const MAX_DEPTH = 32;

function isPlainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > MAX_DEPTH || Object.getOwnPropertySymbols(value).length > 0) return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype || Object.getOwnPropertyNames(value).length !== value.length + 1) return false;
    for (let i = 0; i < value.length; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i) || !isPlainJson(value[i], depth + 1)) return false;
    }
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const name of Object.getOwnPropertyNames(value)) {
    const property = Object.getOwnPropertyDescriptor(value, name);
    if (property === undefined || !('value' in property) || !property.enumerable || !isPlainJson(property.value, depth + 1)) return false;
  }
  return true;
}

const shared = new PolicyDocumentCache();

/** The process-wide cache (see PolicyDocumentCache). */
export function parsePolicyDocumentCached(input: unknown): PolicyDocument {
  return shared.parse(input);
}
