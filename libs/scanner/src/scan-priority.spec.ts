import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import pino from 'pino';
import { generateWorld, startSimulator, type RunningSimulator } from '@rolecall/aws-sim';
import { createAwsContext } from '@rolecall/aws';
import {
  ACCOUNT_QUEUE,
  SCAN_QUEUE,
  SCHEDULED_PRIORITY,
  ScanQueues,
  finalizeScanJobId,
  scanAccountJobId,
  type ScanAccountPayload,
} from '@rolecall/jobs';
import { ScanAccountsRepository, ScansRepository } from '@rolecall/persistence';
import { createTestDatabase, type TestDatabase } from '@rolecall/persistence/testing';
import type { AccountScanner } from './account-scanner';
import type { ScanFinalizer } from './scan-finalizer';
import { ScanPlanner } from './scan-planner';
import { ScanWorkers } from './scan-workers';

const REDIS = { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null };
const ORGANIZATION_ACCOUNTS = 12;

/** Polls until `check` holds (a wait for queue state, not a timed assertion). */
async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Stands in for the account scan: records the order accounts run in, and holds the first one
 * until the test opens the gate, so the test decides what is queued while it runs.
 */
class RecordingAccountScanner {
  readonly order: string[] = [];
  readonly firstStarted: Promise<void>;
  private markFirstStarted!: () => void;
  private openGate!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.openGate = resolve));

  constructor(private readonly label: (payload: ScanAccountPayload) => string) {
    this.firstStarted = new Promise((resolve) => (this.markFirstStarted = resolve));
  }

  async run(payload: ScanAccountPayload): Promise<string> {
    this.order.push(this.label(payload));
    if (this.order.length === 1) {
      this.markFirstStarted();
      await this.gate;
    }
    return 'succeeded';
  }

  release(): void {
    this.openGate();
  }
}

describe('account jobs inherit their scan priority', () => {
  const prefix = `rcprio-${randomBytes(4).toString('hex')}`;
  let sim: RunningSimulator;
  let database: TestDatabase;
  let scans: ScansRepository;
  let queues: ScanQueues;
  let accountQueue: Queue;
  let workers: ScanWorkers | undefined;
  let organizationIds: string[];

  before(async () => {
    const world = generateWorld({ accounts: ORGANIZATION_ACCOUNTS, seed: 'scan-priority' });
    organizationIds = world.accounts.map((account) => account.id);
    sim = await startSimulator({ world, port: 0 });
    process.env.AWS_ENDPOINT_URL = sim.url;
    process.env.AWS_ACCESS_KEY_ID = 'AKIDSCANNER';
    process.env.AWS_SECRET_ACCESS_KEY = 'scanner-secret';
    delete process.env.AWS_SESSION_TOKEN;
    delete process.env.AWS_PROFILE;
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    database = await createTestDatabase('postgres');
    scans = new ScansRepository(database.database.db);
    queues = new ScanQueues({ connection: REDIS, prefix });
    accountQueue = new Queue(ACCOUNT_QUEUE, { connection: REDIS, prefix });
  });

  after(async () => {
    await workers?.close();
    const scanQueue = new Queue(SCAN_QUEUE, { connection: REDIS, prefix });
    for (const queue of [scanQueue, accountQueue]) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await queues.close();
    await sim.stop();
    await database.dispose();
  });

  test("with one account at a time, an on-demand scan's accounts run before a scheduled scan's remaining ones", async () => {
    const scheduled = await scans.create({ scope: { organization: true }, regions: ['us-east-1'] });
    const onDemandIds = organizationIds.slice(1, 4);
    const onDemand = await scans.create({ scope: { accounts: onDemandIds }, regions: ['us-east-1'] });
    const scanName = (scanId: string) => (scanId === scheduled.id ? 'scheduled' : scanId === onDemand.id ? 'on-demand' : scanId);
    const accountScanner = new RecordingAccountScanner((payload) => `${scanName(payload.scanId)} ${payload.accountId}`);
    const finalized: string[] = [];
    const finalizer = { run: async (scanId: string) => void finalized.push(scanName(scanId)) };
    const logger = pino({ level: 'silent' });
    const planner = new ScanPlanner({
      aws: createAwsContext({ memberRoleName: 'RolecallAudit', region: 'us-east-1' }),
      scans,
      scanAccounts: new ScanAccountsRepository(database.database.db),
      queues,
      logger,
    });
    workers = new ScanWorkers({
      connection: REDIS,
      prefix,
      accountConcurrency: 1,
      planner,
      finalizer: finalizer as unknown as ScanFinalizer,
      accountScanner: accountScanner as unknown as AccountScanner,
      logger,
    });
    workers.start();

    // The scheduled scan fans out first; its first account runs (held) while the rest wait.
    await queues.enqueuePlan(scheduled.id, SCHEDULED_PRIORITY);
    await accountScanner.firstStarted;
    // Then an on-demand scan is planned while the scheduled accounts are still queued.
    await queues.enqueuePlan(onDemand.id);
    const lastOnDemandJob = scanAccountJobId(onDemand.id, onDemandIds[2]);
    await waitUntil('the on-demand accounts to be queued', async () => (await accountQueue.getJob(lastOnDemandJob)) !== undefined);

    const scheduledJob = await accountQueue.getJob(scanAccountJobId(scheduled.id, organizationIds[5]));
    const onDemandJob = await accountQueue.getJob(lastOnDemandJob);
    assert.equal(scheduledJob?.priority, SCHEDULED_PRIORITY);
    assert.equal(onDemandJob?.priority, 1);
    const scanQueue = new Queue(SCAN_QUEUE, { connection: REDIS, prefix });
    assert.equal((await scanQueue.getJob(finalizeScanJobId(scheduled.id)))?.priority, SCHEDULED_PRIORITY);
    assert.equal((await scanQueue.getJob(finalizeScanJobId(onDemand.id)))?.priority, 1);
    await scanQueue.close();

    accountScanner.release();
    const total = ORGANIZATION_ACCOUNTS + onDemandIds.length;
    await waitUntil('every account to run', async () => accountScanner.order.length === total && finalized.length === 2);

    // The held first scheduled account, then every on-demand account, then the scheduled rest (each in queue order).
    const [firstScheduled, ...remainingScheduled] = organizationIds.map((id) => `scheduled ${id}`);
    assert.deepEqual(accountScanner.order, [firstScheduled, ...onDemandIds.map((id) => `on-demand ${id}`), ...remainingScheduled]);
    assert.deepEqual(finalized, ['on-demand', 'scheduled']);
  });
});
