import { Injectable } from '@nestjs/common';
import type { Scan } from '@rolecall/persistence';
import type { SarifInput } from '@rolecall/reporting';
import { FindingAnnotator } from './finding-annotator.service';
import { sarifInput } from './sarif-response';
import { ScanFindingsReader } from './scan-findings.reader';

/** A scan's SARIF input: every finding with its state against the previous scan and its suppression. */
@Injectable()
export class ScanSarifService {
  constructor(
    private readonly reader: ScanFindingsReader,
    private readonly annotator: FindingAnnotator,
  ) {}

  async input(scan: Scan): Promise<SarifInput> {
    const annotated = await this.annotator.annotateScan(scan.id, await this.reader.all(scan.id));
    return sarifInput(scan.id, scan.scopeKey, annotated.previousScanId, annotated.findings);
  }
}
