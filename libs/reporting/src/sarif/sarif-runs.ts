import { createHash } from 'node:crypto';
import type { ReportFinding } from './sarif-input';

/** GitHub accepts at most this many results per run. */
export const MAX_RESULTS_PER_RUN = 25_000;

/** One run's share of the findings and the category suffix that names it. */
export interface RunPart {
  bucket: string;
  findings: ReportFinding[];
}

/**
 * Splits findings into runs of at most 25,000 results. The split is by fingerprint prefix (1, 16,
 * 256, ... buckets), so a finding stays in the same run, and thus the same GitHub category, from
 * one scan to the next as long as the total stays in the same band.
 */
export function splitIntoRuns(findings: readonly ReportFinding[]): RunPart[] {
  for (let digits = 0; ; digits += 1) {
    const buckets = new Map<string, ReportFinding[]>();
    for (const finding of findings) {
      const key = digits === 0 ? '' : bucketKey(finding.fingerprint, digits);
      const list = buckets.get(key);
      if (list) list.push(finding);
      else buckets.set(key, [finding]);
    }
    const parts = [...buckets].map(([bucket, list]) => ({ bucket, findings: list }));
    if (parts.every((part) => part.findings.length <= MAX_RESULTS_PER_RUN) || digits >= 4) {
      return parts.length === 0 ? [{ bucket: '', findings: [] }] : parts.sort((a, b) => a.bucket.localeCompare(b.bucket));
    }
  }
}

function bucketKey(fingerprint: string, digits: number): string {
  const hex = /^[0-9a-f]+$/.test(fingerprint) ? fingerprint : createHash('sha256').update(fingerprint).digest('hex');
  return hex.slice(0, digits);
}

/** A short stable name for a scope key: the category GitHub keys alerts by. */
export function scopeCategory(scopeKey: string): string {
  return `rolecall/aws/${createHash('sha256').update(scopeKey).digest('hex').slice(0, 12)}`;
}
