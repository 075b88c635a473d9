import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';

const sarifFiguresSchema = z.object({ results: z.number(), seconds: z.number(), bytes: z.number(), peakRssMb: z.number(), inputRssMb: z.number() });
export type SarifBenchResult = z.infer<typeof sarifFiguresSchema>;

/** SARIF generation in its own process: time and peak memory (inputRssMb = with the findings loaded, before writing). */
export function runSarifBench(results: number): SarifBenchResult {
  const output = execFileSync(process.execPath, [join(__dirname, 'sarif-child.js'), String(results)], { encoding: 'utf8' });
  return sarifFiguresSchema.parse(JSON.parse(output.trim().split('\n').pop() ?? '{}'));
}
