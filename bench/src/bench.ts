import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '@rolecall/persistence/testing';
import { benchConfigSchema, perWorkerConcurrency } from './bench-config';
import type { BenchResult } from './bench-result';
import { writeBenchmarksDoc } from './benchmarks-doc';
import { startDaemon } from './daemon';
import { runFindingsBench } from './findings-bench';
import { peakRssMb } from './process-stats';
import { runSarifBench } from './sarif-bench';
import { runScanBench, startBenchSimulator } from './scan-bench';

/** Results go under the directory npm runs in (the repository root). */
const SOURCE_ROOT = process.cwd();

/** `npm run bench`: organization scan, findings API and SARIF figures; results JSON and docs/benchmarks.md. */
async function main(): Promise<void> {
  const config = benchConfigSchema.parse(process.env);
  const name = config.BENCH_NAME ?? `accounts-${config.BENCH_ACCOUNTS}-${new Date().toISOString().slice(0, 10)}`;
  const scanOptions = {
    accounts: config.BENCH_ACCOUNTS, latencyMs: config.BENCH_LATENCY_MS, throttleRate: config.BENCH_THROTTLE_RATE,
    concurrency: config.BENCH_CONCURRENCY, cores: availableParallelism(),
  };
  const sim = await startBenchSimulator(scanOptions);
  const database = await createTestDatabase('postgres');
  const daemon = await startDaemon(
    {
      DATABASE_URL: database.options.databaseUrl ?? '',
      ROLECALL_QUEUE_PREFIX: `rcbench-${randomBytes(3).toString('hex')}`,
      ROLECALL_EXTERNAL_ID: 'rolecall-demo',
      ROLECALL_WORKER_CONCURRENCY: String(perWorkerConcurrency(config)),
      ROLECALL_MAX_ACCOUNTS_IN_FLIGHT: String(config.BENCH_CONCURRENCY),
      ROLECALL_RATE_LIMIT_PER_MINUTE: '100000',
      ROLECALL_ACCESS_ADVISOR_POLL_MS: String(Math.max(1, config.BENCH_LATENCY_MS)),
      AWS_ENDPOINT_URL: sim.url,
      ROLECALL_ALLOW_INSECURE_KUBERNETES: 'true',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDBENCHSCANNER',
      AWS_SECRET_ACCESS_KEY: 'bench-secret',
    },
    { count: config.BENCH_WORKERS, nodeArgs: config.BENCH_WORKER_NODE_ARGS?.split(/\s+/).filter(Boolean) },
  );
  try {
    console.log(`scanning ${config.BENCH_ACCOUNTS} accounts (${config.BENCH_LATENCY_MS} ms per call, concurrency ${config.BENCH_CONCURRENCY}, ${config.BENCH_WORKERS} worker(s) of ${perWorkerConcurrency(config)})`);
    const scan = await runScanBench(daemon, sim, scanOptions);
    console.log(JSON.stringify(scan));
    // Read before the findings API runs: the workers are idle from here on.
    const workerPeaks = daemon.workers.map((worker) => peakRssMb(worker.pid ?? 0));
    const apiPeak = peakRssMb(daemon.api.pid ?? 0);
    let findingsApi;
    if (config.BENCH_FINDINGS > 0) {
      console.log(`findings API over ${config.BENCH_FINDINGS} stored findings`);
      findingsApi = await runFindingsBench(daemon, database.database, config.BENCH_FINDINGS, config.BENCH_FINDINGS_SAMPLES, config.BENCH_HOSTILE_SUPPRESSIONS);
      console.log(JSON.stringify(findingsApi));
    }
    const sarif = config.BENCH_SARIF_RESULTS > 0 ? runSarifBench(config.BENCH_SARIF_RESULTS) : undefined;
    if (sarif) console.log(JSON.stringify(sarif));
    const result: BenchResult = {
      name,
      date: new Date().toISOString(),
      machine: { cpus: availableParallelism(), node: process.version },
      config,
      scan,
      peakRssMb: {
        api: Math.max(apiPeak, peakRssMb(daemon.api.pid ?? 0)),
        worker: Math.max(0, ...workerPeaks),
        workerSum: workerPeaks.reduce((sum, mb) => sum + mb, 0),
        workers: workerPeaks,
      },
      findingsApi,
      sarif,
    };
    const resultsDir = join(SOURCE_ROOT, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeBenchmarksDoc(resultsDir, join(SOURCE_ROOT, 'docs', 'benchmarks.md'));
    console.log(`wrote bench/results/${name}.json and docs/benchmarks.md`);
  } finally {
    await daemon.stop();
    await sim.stop();
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
