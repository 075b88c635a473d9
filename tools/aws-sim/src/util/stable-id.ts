import { createHash } from 'node:crypto';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function digest(parts: string[]): Buffer {
  return createHash('sha1').update(parts.join('\u0000')).digest();
}

/** An AWS-style unique id (e.g. AROA + 17 characters) derived from its parts, so it is the same on every run. */
export function stableId(prefix: string, ...parts: string[]): string {
  const bytes = digest(parts);
  let out = prefix;
  for (let i = 0; i < 17; i++) out += UPPER_ALNUM[bytes[i] % UPPER_ALNUM.length];
  return out;
}

/** A UUID-shaped id derived from its parts. */
export function stableUuid(...parts: string[]): string {
  const hex = digest(parts).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Decimal digits derived from the parts. */
export function stableDigits(length: number, ...parts: string[]): string {
  const bytes = digest(parts);
  let out = '';
  for (let i = 0; i < length; i++) out += String(bytes[i % bytes.length] % 10);
  return out;
}
