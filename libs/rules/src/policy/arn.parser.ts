import { isMatchAll, matchesGlob } from './wildcard.matcher';

export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** Splits `arn:partition:service:region:account:resource`; the resource part may hold more colons. */
export function parseArn(value: string): Arn | undefined {
  const parts = splitArn(value);
  if (parts === undefined || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, account, resource] = parts;
  return { partition, service, region, account, resource };
}

/**
 * ArnLike / ArnEquals: each of the six colon-separated parts is matched on its own, case-sensitively,
 * with `*` and `?` wildcards, so no wildcard crosses a colon. A pattern of fewer parts matches only a
 * value of as few parts, part by part (`*` alone matches any value).
 */
export function arnMatches(pattern: string, value: string): boolean {
  const patternParts = splitArn(pattern);
  if (patternParts === undefined) {
    if (isMatchAll(pattern)) return true;
    const shortParts = pattern.split(':');
    const valueParts = value.split(':');
    return shortParts.length === valueParts.length && shortParts.every((part, i) => matchesGlob(part, valueParts[i]));
  }
  const valueParts = splitArn(value);
  if (valueParts === undefined) return false;
  return patternParts.every((part, i) => matchesGlob(part, valueParts[i]));
}

function splitArn(value: string): [string, string, string, string, string, string] | undefined {
  const parts = value.split(':');
  if (parts.length < 6) return undefined;
  return [parts[0], parts[1], parts[2], parts[3], parts[4], parts.slice(5).join(':')];
}
