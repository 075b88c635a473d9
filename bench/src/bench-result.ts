import type { BenchConfig } from './bench-config';
import type { FindingsBenchResult } from './findings-bench';
import type { SarifBenchResult } from './sarif-bench';
import type { ScanBenchResult } from './scan-bench';

/** What one `npm run bench` writes to bench/results/<name>.json. */
export interface BenchResult {
  name: string;
  date: string;
  machine: { cpus: number; node: string };
  config: BenchConfig;
  scan: ScanBenchResult;
  /** worker: the largest worker peak; workerSum and workers (one per process) since BENCH_WORKERS. */
  peakRssMb: { api: number; worker: number; workerSum?: number; workers?: number[] };
  findingsApi?: FindingsBenchResult;
  sarif?: SarifBenchResult;
}
