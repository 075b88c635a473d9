import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { FINDINGS_CSV_HEADER, findingCsvRecord } from '@rolecall/reporting';
import type { Finding } from '@rolecall/model';
import type { AnnotatedFinding, FindingAnnotator } from '@rolecall/publishing';
import { inStates } from './finding-states';

/** Every page as one streamed CSV document with a header row, for a handler to return. */
function csvFile(filename: string, pages: AsyncIterable<AnnotatedFinding[]>): StreamableFile {
  async function* lines() {
    yield FINDINGS_CSV_HEADER;
    for await (const page of pages) yield page.map(findingCsvRecord).join('');
  }
  return new StreamableFile(Readable.from(lines()), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${filename}"` });
}

/** Stored pages annotated with one suppression matcher, keeping the asked states: the findings CSV of a scan or of the current state. */
export function annotatedCsvFile(
  filename: string,
  pages: AsyncIterable<Finding[]>,
  annotator: FindingAnnotator,
  states: readonly AnnotatedFinding['state'][] | undefined,
): StreamableFile {
  return csvFile(filename, (async function* () {
    const matcher = await annotator.suppressionMatcher();
    for await (const page of pages) yield (await annotator.annotate(page, matcher)).filter(inStates(states));
  })());
}
