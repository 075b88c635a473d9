import { z } from 'zod';

/** Benchmark size and shape from the environment (`BENCH_ACCOUNTS=200 npm run bench`). */
export const benchConfigSchema = z.object({
  BENCH_NAME: z.string().regex(/^[\w.-]+$/).optional(),
  BENCH_ACCOUNTS: z.coerce.number().int().min(1).default(1000),
  BENCH_LATENCY_MS: z.coerce.number().int().min(0).default(20),
  BENCH_THROTTLE_RATE: z.coerce.number().min(0).max(1).default(0.01),
  BENCH_CONCURRENCY: z.coerce.number().int().min(1).default(32),
  BENCH_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  /** Node flags for the worker processes, space separated; the default is `npm run start:worker`'s heap cap. */
  BENCH_WORKER_NODE_ARGS: z.string().default('--max-old-space-size=384'),
  BENCH_FINDINGS: z.coerce.number().int().min(0).default(1_000_000),
  BENCH_FINDINGS_SAMPLES: z.coerce.number().int().min(1).default(100),
  /** Hostile suppressions (ARN globs with 15 wildcards, created through the api) for a second findings API timing, 0 to skip. */
  BENCH_HOSTILE_SUPPRESSIONS: z.coerce.number().int().min(0).default(1000),
  BENCH_SARIF_RESULTS: z.coerce.number().int().min(0).default(25_000),
});
export type BenchConfig = z.infer<typeof benchConfigSchema>;

/** Accounts each worker process runs at once: the global limit split evenly, rounded up. */
export function perWorkerConcurrency(config: Pick<BenchConfig, 'BENCH_CONCURRENCY' | 'BENCH_WORKERS'>): number {
  return Math.ceil(config.BENCH_CONCURRENCY / config.BENCH_WORKERS);
}
