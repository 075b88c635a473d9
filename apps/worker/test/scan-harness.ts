import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { generateWorld, startSimulator, type RunningSimulator } from '@rolecall/aws-sim';
import { ACCOUNT_QUEUE, SCAN_QUEUE, ScanQueues } from '@rolecall/jobs';
import { ScanAccountsRepository, ScansRepository } from '@rolecall/persistence';
import { createTestDatabase, type TestDatabase } from '@rolecall/persistence/testing';
import { waitFor } from './wait-for';
import { spawnWorker, type WorkerProcess } from './worker-process';

export const TERMINAL = ['succeeded', 'partial', 'failed', 'cancelled'];

export interface HarnessOptions {
  accounts: number;
  /** Simulated latency of every AWS call, so a scan lasts long enough to interrupt. */
  latencyMs: number;
  redisUrl?: string;
}

/** A fresh PostgreSQL database, a private queue prefix and a generated organization in the simulator. */
export class ScanHarness {
  readonly scans: ScansRepository;
  readonly scanAccounts: ScanAccountsRepository;
  readonly queues: ScanQueues;
  readonly prefix = `rcworker-${randomBytes(4).toString('hex')}`;
  private readonly workers: WorkerProcess[] = [];

  private constructor(
    readonly sim: RunningSimulator,
    readonly database: TestDatabase,
    readonly redisUrl: string,
  ) {
    this.scans = new ScansRepository(database.database.db);
    this.scanAccounts = new ScanAccountsRepository(database.database.db);
    this.queues = new ScanQueues({ connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix: this.prefix });
  }

  static async start(options: HarnessOptions): Promise<ScanHarness> {
    const sim = await startSimulator({
      world: generateWorld({ accounts: options.accounts, seed: 'worker-resilience' }),
      port: 0,
      faults: { latency: [{ match: {}, fixedMs: options.latencyMs }] },
    });
    return new ScanHarness(sim, await createTestDatabase('postgres'), options.redisUrl ?? 'redis://127.0.0.1:6379');
  }

  /** What a worker process needs to reach this database, this Redis and the simulator. */
  /** A worker process on this harness (extra environment on top of workerEnv); dispose() kills any still running. */
  spawnWorker(extra: Record<string, string> = {}): WorkerProcess {
    const worker = spawnWorker(this.workerEnv(extra));
    this.workers.push(worker);
    return worker;
  }

  workerEnv(extra: Record<string, string> = {}): Record<string, string> {
    return {
      DATABASE_URL: this.database.options.databaseUrl ?? '',
      REDIS_URL: this.redisUrl,
      ROLECALL_QUEUE_PREFIX: this.prefix,
      ROLECALL_EXTERNAL_ID: 'rolecall-demo',
      ROLECALL_WORKER_CONCURRENCY: '3',
      ROLECALL_JOB_LOCK_MS: '2000',
      AWS_ENDPOINT_URL: this.sim.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDSCANNER',
      AWS_SECRET_ACCESS_KEY: 'scanner-secret',
      ...extra,
    };
  }

  async startScan(): Promise<string> {
    const scan = await this.scans.create({ scope: { organization: true }, regions: ['us-east-1'] });
    await this.queues.enqueuePlan(scan.id);
    return scan.id;
  }

  async accountStatuses(scanId: string): Promise<string[]> {
    return (await this.scanAccounts.list(scanId)).map((account) => account.status);
  }

  async waitForEnd(scanId: string, timeoutMs = 120_000): Promise<string> {
    let status = '';
    await waitFor(`scan ${scanId} to end`, async () => {
      status = (await this.scans.get(scanId))?.status ?? '';
      return TERMINAL.includes(status);
    }, timeoutMs, 100);
    return status;
  }

  /** Every stored finding of a scan as "account fingerprint", sorted (duplicates stay visible). */
  async findingKeys(scanId: string): Promise<string[]> {
    const rows = await this.database.database.db
      .selectFrom('findings')
      .select(['account_id', 'fingerprint'])
      .where('scan_id', '=', scanId)
      .execute();
    return rows.map((row) => `${row.account_id} ${row.fingerprint}`).sort();
  }

  /** Findings the scan stored, of every stage: what the accounts' finding counts add up to. */
  async storedFindings(scanId: string): Promise<number> {
    const rows = await this.database.database.db
      .selectFrom('findings')
      .select('id')
      .where('scan_id', '=', scanId)
      .execute();
    return rows.length;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop('SIGKILL')));
    const queues = [SCAN_QUEUE, ACCOUNT_QUEUE].map((name) => new Queue(name, { connection: { url: this.redisUrl }, prefix: this.prefix }));
    await Promise.all(queues.map((queue) => queue.obliterate({ force: true }).then(() => queue.close())));
    await this.queues.close();
    await this.sim.stop();
    await this.database.dispose();
  }
}
