import { createHash } from 'node:crypto';

/**
 * A finding's identity across scans: the rule, the resource and an optional sub-key. Never a
 * timestamp or evidence, so the same problem on the same resource keeps the same fingerprint.
 */
export function findingFingerprint(ruleId: string, resourceArn: string, key?: string): string {
  const hash = createHash('sha256').update(ruleId).update('\0').update(resourceArn);
  if (key !== undefined) hash.update('\0').update(key);
  return hash.digest('hex');
}
