import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { FINDINGS_CSV_HEADER, findingCsvRecord } from '@rolecall/reporting';
import type { AnnotatedFinding } from '@rolecall/publishing';

/** Every page as one streamed CSV document with a header row, for a handler to return. */
export function csvFile(filename: string, pages: AsyncIterable<AnnotatedFinding[]>): StreamableFile {
  async function* lines() {
    yield FINDINGS_CSV_HEADER;
    for await (const page of pages) yield page.map(findingCsvRecord).join('');
  }
  return new StreamableFile(Readable.from(lines()), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${filename}"` });
}
