import { generateWorld, startSimulator } from '@rolecall/aws-sim';
import { call, type Daemon } from './daemon';
import { cpuSeconds } from './process-stats';

export interface ScanBenchOptions {
  accounts: number;
  latencyMs: number;
  throttleRate: number;
  concurrency: number;
}

export interface ScanBenchResult {
  status: string;
  accounts: number;
  wallSeconds: number;
  awsCalls: number;
  throttledCalls: number;
  callsPerAccount: number;
  callsPerSecond: number;
  /** calls x latency / allowed concurrency. */
  latencyBoundSeconds: number;
  /** CPU the worker spent (one event loop, so at best one core). */
  workerCpuSeconds: number;
  boundSeconds: number;
  wallOverBound: number;
}

/** The simulator serving a generated organization with per-call latency and some throttling. */
export async function startBenchSimulator(options: ScanBenchOptions) {
  return startSimulator({
    world: generateWorld({ accounts: options.accounts, seed: 1 }),
    port: 0,
    faults: {
      seed: 1,
      latency: [{ match: {}, fixedMs: options.latencyMs }],
      errors: options.throttleRate > 0 ? [{ match: { service: 'ecs' }, error: 'throttle', rate: options.throttleRate }] : [],
    },
  });
}

/** One organization scan through the api and a worker process; wall time against its lower bounds. */
export async function runScanBench(daemon: Daemon, sim: Awaited<ReturnType<typeof startBenchSimulator>>, options: ScanBenchOptions): Promise<ScanBenchResult> {
  sim.resetCalls();
  const cpuBefore = daemon.worker?.pid ? cpuSeconds(daemon.worker.pid) : 0;
  const started = Date.now();
  const created = await call(daemon, 'POST', '/v1/scans', { scope: { organization: true } });
  let scan: Record<string, unknown>;
  for (;;) {
    scan = await call(daemon, 'GET', `/v1/scans/${String(created.id)}`);
    if (['succeeded', 'partial', 'failed', 'cancelled'].includes(String(scan.status))) break;
    await new Promise((done) => setTimeout(done, 250));
  }
  const wallSeconds = (Date.now() - started) / 1000;
  const workerCpuSeconds = daemon.worker?.pid ? cpuSeconds(daemon.worker.pid) - cpuBefore : 0;
  const counts = sim.calls();
  const throttledCalls = counts.calls.filter((c) => c.outcome !== 'ok' && /throttl/i.test(c.outcome)).reduce((s, c) => s + c.count, 0);
  const latencyBoundSeconds = (counts.total * options.latencyMs) / 1000 / options.concurrency;
  const boundSeconds = Math.max(latencyBoundSeconds, workerCpuSeconds);
  return {
    status: String(scan.status),
    accounts: Number(scan.accountTotal),
    wallSeconds: round(wallSeconds),
    awsCalls: counts.total,
    throttledCalls,
    callsPerAccount: round(counts.total / Number(scan.accountTotal)),
    callsPerSecond: Math.round(counts.total / wallSeconds),
    latencyBoundSeconds: round(latencyBoundSeconds),
    workerCpuSeconds: round(workerCpuSeconds),
    boundSeconds: round(boundSeconds),
    wallOverBound: round(wallSeconds / boundSeconds),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
