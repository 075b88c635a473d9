import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './bench-result';

const HEADER = `# Benchmarks

\`npm run bench\` (see bench/README.md) scans a generated organization in the AWS simulator through the
api and worker processes (PostgreSQL, Redis), times the findings API over stored findings and SARIF
generation (a second time with \`BENCH_HOSTILE_SUPPRESSIONS\` hostile suppressions active). Each run writes \`bench/results/<name>.json\`; this table is rebuilt from all of them.
The lower bound is the largest of calls x latency / concurrency, the workers' CPU time (the busiest
worker's, or all workers' over the machine's cores if that is more) and, in runs that record it, the
CPU the whole machine spent during the scan (workers, api, simulator, PostgreSQL, Redis) over its cores. Worker peak MB is the largest
worker's; the sum over workers is in the result file.

| run | accounts | latency | concurrency | workers | worker CPU s | machine CPU s | wall s | bound s | wall/bound | AWS calls | calls/account | calls/s | throttled | worker peak MB | api peak MB | findings | p50 ms | p99 ms | hostile suppressions | p50 ms | p99 ms | SARIF results | SARIF s | SARIF peak MB |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
`;

/** Rewrites docs/benchmarks.md from every result file, keeping the notes section below the table. */
export function writeBenchmarksDoc(resultsDir: string, docPath: string): void {
  const rows = readdirSync(resultsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => row(name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as BenchResult));
  let notes: string;
  try {
    const existing = readFileSync(docPath, 'utf8');
    const at = existing.indexOf('\n## Notes');
    notes = at >= 0 ? existing.slice(at) : '';
  } catch {
    notes = '';
  }
  writeFileSync(docPath, `${HEADER}${rows.join('\n')}\n${notes}`);
}

function row(name: string, r: BenchResult): string {
  const s = r.scan;
  const f = r.findingsApi;
  const x = r.sarif;
  return `| ${name} | ${s.accounts} | ${r.config.BENCH_LATENCY_MS} ms | ${r.config.BENCH_CONCURRENCY} | ${s.workers ?? 1} | ${s.workerCpuSeconds} | ${s.machineCpuSeconds ?? '-'} | ${s.wallSeconds} | ${s.boundSeconds} | ${s.wallOverBound} | ${s.awsCalls} | ${s.callsPerAccount} | ${s.callsPerSecond} | ${s.throttledCalls} | ${r.peakRssMb.worker} | ${r.peakRssMb.api} | ${f?.findings ?? '-'} | ${f?.p50Ms ?? '-'} | ${f?.p99Ms ?? '-'} | ${f?.hostile?.suppressions ?? '-'} | ${f?.hostile?.p50Ms ?? '-'} | ${f?.hostile?.p99Ms ?? '-'} | ${x?.results ?? '-'} | ${x?.seconds ?? '-'} | ${x?.peakRssMb ?? '-'} |`;
}
