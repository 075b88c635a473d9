import type { Response } from 'express';
import { ALL_RULES } from '@rolecall/rules';
import { writeSarif, type SarifInput } from '@rolecall/reporting';
import type { AnnotatedFinding } from './annotated-finding';

export const TOOL_VERSION = '0.1.0';

/** SARIF input for annotated findings, with every catalog rule's metadata available. */
export function sarifInput(runId: string, scopeKey: string, baselineScanId: string | null, findings: readonly AnnotatedFinding[]): SarifInput {
  return {
    toolVersion: TOOL_VERSION,
    runId,
    scopeKey,
    baselineScanId,
    rules: ALL_RULES.map((rule) => rule.metadata),
    findings,
  };
}

/** Writes the SARIF document in chunks as application/sarif+json. */
export async function sendSarif(response: Response, filename: string, input: SarifInput): Promise<void> {
  response.status(200);
  response.setHeader('content-type', 'application/sarif+json; charset=utf-8');
  response.setHeader('content-disposition', `attachment; filename="${filename}"`);
  for (const chunk of writeSarif(input)) {
    if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
  }
  response.end();
}
