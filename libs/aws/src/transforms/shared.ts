import type { Tags } from '@rolecall/model';

/** Drops keys whose value is undefined, so inventory items hold only what AWS returned. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
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

export function isoDate(date: Date | undefined): string | undefined {
  return date?.toISOString();
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
