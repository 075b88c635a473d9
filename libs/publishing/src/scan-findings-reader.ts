import type { Finding } from '@rolecall/model';
import type { FindingFilters, FindingPosition, FindingsRepository } from '@rolecall/persistence';

/** Reads every finding of a scan, page by page (1,000 rows per query). */
export class ScanFindingsReader {
  constructor(private readonly findings: FindingsRepository) {}

  async *pages(scanId: string, filters: FindingFilters): AsyncGenerator<Finding[]> {
    let after: FindingPosition | undefined;
    do {
      const page = await this.findings.list(scanId, filters, { limit: 1000, after });
      if (page.items.length > 0) yield page.items;
      after = page.last;
    } while (after);
  }

  async all(scanId: string): Promise<Finding[]> {
    const all: Finding[] = [];
    for await (const page of this.pages(scanId, {})) all.push(...page);
    return all;
  }
}
