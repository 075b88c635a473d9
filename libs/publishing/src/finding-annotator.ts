import type { Finding } from '@rolecall/model';
import type { ScanHistoryRepository, SuppressionsRepository } from '@rolecall/persistence';
import { SuppressionMatcher } from '@rolecall/reporting';
import type { Suppression } from '@rolecall/persistence';
import type { AnnotatedFinding } from './annotated-finding';

/** Adds state (new/unchanged against the previous completed scan of the scope) and the active suppression to findings. */
export class FindingAnnotator {
  constructor(
    private readonly history: ScanHistoryRepository,
    private readonly suppressions: SuppressionsRepository,
  ) {}

  /**
   * The active suppressions, compiled once: pass it to every `annotate` call of one finding set
   * (the pages of a CSV export) so they are read and compiled once, not per page.
   */
  async suppressionMatcher(now = new Date()): Promise<SuppressionMatcher<Suppression>> {
    return new SuppressionMatcher(await this.suppressions.list({ activeOnly: true }), now);
  }

  /** For a page: looks up only these fingerprints in each previous scan. */
  async annotate(findings: readonly Finding[], matcher?: SuppressionMatcher<Suppression>): Promise<AnnotatedFinding[]> {
    const known = new Map<string, Set<string>>();
    for (const scanId of new Set(findings.map((finding) => finding.scanId))) {
      const previous = await this.history.previousCompletedScan(scanId);
      const fingerprints = findings.filter((finding) => finding.scanId === scanId).map((finding) => finding.fingerprint);
      known.set(scanId, previous ? await this.history.fingerprintsIn(previous, fingerprints) : new Set());
    }
    return this.apply(findings, (finding) => known.get(finding.scanId)?.has(finding.fingerprint) ?? false, matcher);
  }

  /** For a whole scan: reads the previous scan's fingerprints once. */
  async annotateScan(scanId: string, findings: readonly Finding[]): Promise<{ previousScanId: string | null; findings: AnnotatedFinding[] }> {
    const previousScanId = (await this.history.previousCompletedScan(scanId)) ?? null;
    const known = previousScanId ? await this.history.fingerprints(previousScanId) : new Set<string>();
    return { previousScanId, findings: await this.apply(findings, (finding) => known.has(finding.fingerprint)) };
  }

  private async apply(
    findings: readonly Finding[],
    seenBefore: (finding: Finding) => boolean,
    given?: SuppressionMatcher<Suppression>,
  ): Promise<AnnotatedFinding[]> {
    if (findings.length === 0) return [];
    const matcher = given ?? (await this.suppressionMatcher());
    return findings.map((finding) => {
      const suppression = matcher.match(finding);
      return {
        ...finding,
        state: finding.carried !== undefined || seenBefore(finding) ? 'unchanged' : 'new',
        suppression: suppression ? { id: suppression.id, reason: suppression.reason, expiresAt: suppression.expiresAt, createdBy: suppression.createdBy } : null,
      };
    });
  }
}
