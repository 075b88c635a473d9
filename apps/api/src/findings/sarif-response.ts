import type { Response } from 'express';
import { writeSarif, type SarifInput } from '@rolecall/reporting';

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
