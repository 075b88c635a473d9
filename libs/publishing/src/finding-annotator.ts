import type { Finding } from '@rolecall/model';
import type { ScanHistoryRepository, SuppressionsRepository } from '@rolecall/persistence';
import { matchSuppression } from '@rolecall/reporting';
import type { AnnotatedFinding } from './annotated-finding';

/** Adds state (new/unchanged against the previous completed scan of the scope) and the active suppression to findings. */
export class FindingAnnotator {
  constructor(
    private readonly history: ScanHistoryRepository,
    private readonly suppressions: SuppressionsRepository,
  ) {}

  /** For a page: looks up only these fingerprints in each previous scan. */
  async annotate(findings: readonly Finding[]): Promise<AnnotatedFinding[]> {
    const known = new Map<string, Set<string>>();
    for (const scanId of new Set(findings.map((finding) => finding.scanId))) {
      const previous = await this.history.previousCompletedScan(scanId);
      const fingerprints = findings.filter((finding) => finding.scanId === scanId).map((finding) => finding.fingerprint);
      known.set(scanId, previous ? await this.history.fingerprintsIn(previous, fingerprints) : new Set());
    }
    return this.apply(findings, (finding) => known.get(finding.scanId)?.has(finding.fingerprint) ?? false);
  }

  /** For a whole scan: reads the previous scan's fingerprints once. */
  async annotateScan(scanId: string, findings: readonly Finding[]): Promise<{ previousScanId: string | null; findings: AnnotatedFinding[] }> {
    const previousScanId = (await this.history.previousCompletedScan(scanId)) ?? null;
    const known = previousScanId ? await this.history.fingerprints(previousScanId) : new Set<string>();
    return { previousScanId, findings: await this.apply(findings, (finding) => known.has(finding.fingerprint)) };
  }

  private async apply(findings: readonly Finding[], seenBefore: (finding: Finding) => boolean): Promise<AnnotatedFinding[]> {
    const active = await this.suppressions.list({ activeOnly: true });
    const now = new Date();
    return findings.map((finding) => {
      const suppression = matchSuppression(finding, active, now);
      return {
        ...finding,
        state: finding.carried !== undefined || seenBefore(finding) ? 'unchanged' : 'new',
        suppression: suppression ? { id: suppression.id, reason: suppression.reason, expiresAt: suppression.expiresAt, createdBy: suppression.createdBy } : null,
      };
    });
  }
}
