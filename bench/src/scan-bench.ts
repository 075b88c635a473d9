import { generateWorld, startSimulator } from '@rolecall/aws-sim';
import { call, type Daemon } from './daemon';
import { cpuSeconds, machineBusySeconds } from './process-stats';

export interface ScanBenchOptions {
  accounts: number;
  latencyMs: number;
  throttleRate: number;
  concurrency: number;
  /** Cores the workers share (the bound divides their summed CPU by this). */
  cores: number;
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
  /** Worker processes (absent in results written before BENCH_WORKERS: one). */
  workers?: number;
  /** CPU the workers spent, summed over all of them. */
  workerCpuSeconds: number;
  /** CPU of the busiest worker (one event loop each, so at best one core each). */
  workerCpuSecondsMax: number;
  /** The larger of the busiest worker's CPU and the workers' summed CPU over the machine's cores. */
  cpuBoundSeconds: number;
  /**
   * CPU the whole machine spent during the scan (workers, api, simulator, PostgreSQL, Redis) over its
   * cores: what the calls cost end to end when the simulator shares the cores (absent in older results).
   */
  machineCpuSeconds?: number;
  machineBoundSeconds?: number;
  /** Worker CPU per AWS call, and the whole machine's. */
  workerCpuMsPerCall?: number;
  machineCpuMsPerCall?: number;
  /** The largest of the latency, worker CPU and machine CPU bounds. */
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

/** One organization scan through the api and the worker processes; wall time against its lower bounds. */
export async function runScanBench(daemon: Daemon, sim: Awaited<ReturnType<typeof startBenchSimulator>>, options: ScanBenchOptions): Promise<ScanBenchResult> {
  sim.resetCalls();
  const workerCpu = () => daemon.workers.map((worker) => (worker.pid ? cpuSeconds(worker.pid) : 0));
  const cpuBefore = workerCpu();
  const machineBefore = machineBusySeconds();
  const started = Date.now();
  const created = await call(daemon, 'POST', '/v1/scans', { scope: { organization: true } });
  let scan: Record<string, unknown>;
  for (;;) {
    scan = await call(daemon, 'GET', `/v1/scans/${String(created.id)}`);
    if (['succeeded', 'partial', 'failed', 'cancelled'].includes(String(scan.status))) break;
    await new Promise((done) => setTimeout(done, 250));
  }
  const wallSeconds = (Date.now() - started) / 1000;
  const machineCpuSeconds = machineBusySeconds() - machineBefore;
  const machineBoundSeconds = machineCpuSeconds / options.cores;
  const cpuByWorker = workerCpu().map((seconds, i) => seconds - (cpuBefore[i] ?? 0));
  const workerCpuSeconds = cpuByWorker.reduce((sum, seconds) => sum + seconds, 0);
  const workerCpuSecondsMax = Math.max(0, ...cpuByWorker);
  const cpuBoundSeconds = Math.max(workerCpuSecondsMax, workerCpuSeconds / Math.max(1, Math.min(options.cores, cpuByWorker.length)));
  const counts = sim.calls();
  const throttledCalls = counts.calls.filter((c) => c.outcome !== 'ok' && /throttl/i.test(c.outcome)).reduce((s, c) => s + c.count, 0);
  const latencyBoundSeconds = (counts.total * options.latencyMs) / 1000 / options.concurrency;
  const boundSeconds = Math.max(latencyBoundSeconds, cpuBoundSeconds, machineBoundSeconds);
  return {
    status: String(scan.status),
    accounts: Number(scan.accountTotal),
    wallSeconds: round(wallSeconds),
    awsCalls: counts.total,
    throttledCalls,
    callsPerAccount: round(counts.total / Number(scan.accountTotal)),
    callsPerSecond: Math.round(counts.total / wallSeconds),
    latencyBoundSeconds: round(latencyBoundSeconds),
    workers: cpuByWorker.length,
    workerCpuSeconds: round(workerCpuSeconds),
    workerCpuSecondsMax: round(workerCpuSecondsMax),
    cpuBoundSeconds: round(cpuBoundSeconds),
    machineCpuSeconds: round(machineCpuSeconds),
    machineBoundSeconds: round(machineBoundSeconds),
    workerCpuMsPerCall: round((workerCpuSeconds * 1000) / counts.total),
    machineCpuMsPerCall: round((machineCpuSeconds * 1000) / counts.total),
    boundSeconds: round(boundSeconds),
    wallOverBound: round(wallSeconds / boundSeconds),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
