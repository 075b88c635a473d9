import type { NotAssessed } from '@rolecall/model';
import type { NotAssessedRepository, Scan } from '@rolecall/persistence';
import type { SarifInput } from '@rolecall/reporting';
import { ALL_RULES } from '@rolecall/rules';
import type { AnnotatedFinding } from './annotated-finding';
import type { FindingAnnotator } from './finding-annotator';
import type { ScanFindingsReader } from './scan-findings-reader';

export const TOOL_VERSION = '0.1.0';

/** SARIF input for annotated findings, with every catalog rule's metadata available. */
export function sarifInput(
  runId: string,
  scopeKey: string,
  baselineScanId: string | null,
  findings: readonly AnnotatedFinding[],
  notAssessed: readonly NotAssessed[] = [],
): SarifInput {
  return {
    toolVersion: TOOL_VERSION,
    runId,
    scopeKey,
    baselineScanId,
    rules: ALL_RULES.map((rule) => rule.metadata),
    findings,
    notAssessed,
  };
}

/** A scan's SARIF input: every finding with its state against the previous scan and its suppression. */
export class ScanSarif {
  constructor(
    private readonly reader: ScanFindingsReader,
    private readonly annotator: FindingAnnotator,
    private readonly notAssessed: NotAssessedRepository,
  ) {}

  /** Also names, as notifications, what the scan could not assess (its first 1,000 entries). */
  async input(scan: Scan): Promise<SarifInput> {
    const annotated = await this.annotator.annotateScan(scan.id, await this.reader.all(scan.id));
    const entries = await this.notAssessed.list(scan.id, {}, { limit: 1000 });
    return sarifInput(scan.id, scan.scopeKey, annotated.previousScanId, annotated.findings, entries.items);
  }
}
