import type { Tags } from '@rolecall/model';

/** Drops keys whose value is undefined or null, so inventory items hold only what AWS returned. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** The strings of a list: a JSON answer may hold nulls in a list, which the SDK keeps. */
export function strings(list: readonly (string | null | undefined)[] | null | undefined): string[] {
  return (list ?? []).filter((item): item is string => typeof item === 'string');
}

/** The string entries of a map (EKS tags, labels): a JSON answer may hold null values, which the SDK keeps. */
export function stringRecord(record: Record<string, string | null | undefined> | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(record ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** A resource's name as its ARN ends ("arn:aws:iam::1:role/path/web" -> "web"), for answers that leave the name out. */
export function nameFromArn(arn: string): string {
  const slash = arn.lastIndexOf('/');
  return slash < 0 ? '' : arn.slice(slash + 1);
}

/** Tags as a record, from IAM/EC2/Auto Scaling ({Key, Value}) or ECS ({key, value}) lists. */
export function tagsFrom(tags: readonly { Key?: string; Value?: string; key?: string; value?: string }[] | undefined): Tags {
  const record: Tags = {};
  for (const tag of tags ?? []) {
    const key = tag.Key ?? tag.key;
    if (key !== undefined) record[key] = tag.Value ?? tag.value ?? '';
  }
  return record;
}

/** A date as ISO 8601; undefined when absent or not a valid date (toISOString would throw). */
export function isoDate(date: Date | undefined): string | undefined {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/**
 * A policy document as IAM returns it (URL-encoded JSON, RFC 3986), decoded and parsed.
 * A document that is not JSON is kept as its text: the rules then treat it as not assessable.
 */
export function decodePolicyDocument(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    const text = raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw);
    return JSON.parse(text);
  } catch {
    return raw;
  }
}

/** The ARN partition a region belongs to. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}
