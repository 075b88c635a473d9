import { matchesGlob } from './wildcard.matcher';

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
 * with `*` and `?` wildcards. A pattern that is not six-part is matched as a whole.
 */
export function arnMatches(pattern: string, value: string): boolean {
  const patternParts = splitArn(pattern);
  if (patternParts === undefined) return matchesGlob(pattern, value);
  const valueParts = splitArn(value);
  if (valueParts === undefined) return false;
  return patternParts.every((part, i) => matchesGlob(part, valueParts[i]));
}

function splitArn(value: string): [string, string, string, string, string, string] | undefined {
  const parts = value.split(':');
  if (parts.length < 6) return undefined;
  return [parts[0], parts[1], parts[2], parts[3], parts[4], parts.slice(5).join(':')];
}
