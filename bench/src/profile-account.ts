import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { generateWorld } from '@rolecall/aws-sim';
import { collectAccount, createAwsContext, discoverOrganization, type AwsContext } from '@rolecall/aws';
import type { OrganizationContext } from '@rolecall/model';
import { IdentitiesRepository, ScanAccountsRepository, ScansRepository } from '@rolecall/persistence';
import { createTestDatabase } from '@rolecall/persistence/testing';
import { ALL_RULES, RuleEngine, identityMapOf, loadActionCatalog, summarizeAccount } from '@rolecall/rules';
import { processMetrics } from '@rolecall/runtime';
import { AccountScanner, OrganizationCache } from '@rolecall/scanner';
import { StageClock } from './stage-clock';

const SERVE = resolve(__dirname, '../../tools/aws-sim/src/cli/serve.js');

type Stage = 'start' | 'collect' | 'cancelChecks' | 'rules' | 'summary' | 'storeIdentities' | 'storeResult' | 'scanner';

interface Repositories {
  scans: ScansRepository;
  scanAccounts: ScanAccountsRepository;
  identities: IdentitiesRepository;
}

/**
 * Where a worker's CPU goes per account, accounts one at a time, the simulator in its own process
 * without latency, results stored in a fresh PostgreSQL database (`DATABASE_URL_ADMIN`).
 * First pass: each step of AccountScanner.run on its own (collect, the cancellation checks it makes,
 * rules, identity summary, storing identities, storing the result). Second pass: AccountScanner.run
 * itself over the same accounts in a new scan, as a check that the stages add up.
 * BullMQ bookkeeping and garbage collection under many accounts in flight are not in these figures.
 * `node dist/bench/src/profile-account.js [accounts]`.
 */
async function main(): Promise<void> {
  const accounts = Number(process.argv[2] ?? 50);
  const worldPath = join(tmpdir(), `rolecall-profile-${process.pid}.json`);
  writeFileSync(worldPath, JSON.stringify(generateWorld({ accounts, seed: 1 })));
  const sim = spawn(process.execPath, [SERVE, '--world', worldPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done) => {
    createInterface({ input: sim.stdout! }).on('line', (line) => line.startsWith('http') && done(line.trim()));
  });
  Object.assign(process.env, { AWS_ENDPOINT_URL: url, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'AKIDPROFILE', AWS_SECRET_ACCESS_KEY: 'x' });
  const database = await createTestDatabase('postgres');
  try {
    const aws = createAwsContext({ memberRoleName: 'RolecallAudit', externalId: 'rolecall-demo', accessAdvisor: { pollIntervalMs: 1 }, kubernetes: { allowInsecureLoopback: true } });
    const engine = new RuleEngine(ALL_RULES, await loadActionCatalog());
    const organization = await discoverOrganization(aws);
    const db = database.database.db;
    const repos: Repositories = { scans: new ScansRepository(db), scanAccounts: new ScanAccountsRepository(db), identities: new IdentitiesRepository(db) };
    const clock = new StageClock<Stage>();
    const totals = await profileStages(aws, engine, organization, repos, clock);
    await profileScanner(aws, engine, organization, repos, clock);
    const n = organization.accounts.length;
    const perAccount = clock.msPer(n);
    const stagesMs = (['start', 'collect', 'cancelChecks', 'rules', 'summary', 'storeIdentities', 'storeResult'] as const).reduce((sum, stage) => sum + (perAccount[stage] ?? 0), 0);
    console.log(JSON.stringify({
      accounts: n,
      ...totals,
      collectCpuMsPerAccount: Math.round(perAccount.collect),
      rulesCpuMsPerAccount: Math.round(perAccount.rules),
      collectCpuMsPerCall: Math.round((clock.seconds('collect') * 1000 * 100) / totals.calls) / 100,
      stageCpuMsPerAccount: perAccount,
      stagesSumMsPerAccount: Math.round(stagesMs * 10) / 10,
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    }));
  } finally {
    sim.kill('SIGTERM');
    await database.dispose();
  }
}

/** Each step of AccountScanner.run, in its order, with the same inputs; returns calls, findings and identities. */
async function profileStages(aws: AwsContext, engine: RuleEngine, organization: OrganizationContext, repos: Repositories, clock: StageClock<Stage>) {
  const { scans, scanAccounts, identities } = repos;
  const scanId = await plannedScan(repos, organization);
  const isCancelled = async () => (await scans.get(scanId))?.status === 'cancelled';
  const totals = { calls: 0, findings: 0, identities: 0, cancelChecks: 0 };
  for (const account of organization.accounts) {
    await clock.time('start', async () => (await isCancelled()) || !(await scanAccounts.start(scanId, account.id)));
    let checks = 1; // the one after collection
    const collected = await clock.time('collect', () => collectAccount(aws, { scanId, accountId: account.id, isCancelled: () => ((checks += 1), false) }).catch(() => undefined));
    // The scanner's checks are reads of the scan row, interleaved with collection: timed here on their own.
    await clock.time('cancelChecks', async () => { for (let i = 0; i < checks; i += 1) await isCancelled(); });
    totals.cancelChecks += checks;
    if (!collected) {
      await clock.time('storeResult', () => scanAccounts.complete(scanId, account.id, { status: 'failed', error: 'no access', awsCalls: {}, gaps: [], findings: [] }));
      continue;
    }
    totals.calls += Object.values(collected.awsCalls).reduce((sum, count) => sum + count, 0);
    const input = { inventory: collected.inventory, organization };
    // One analyzer for the rules and the summary, as in the scanner.
    const { roles, findings } = await clock.time('rules', () => {
      const roles = engine.analyzerFor(input);
      return { roles, findings: engine.evaluateAccount(input, roles) };
    });
    const { summary, rows } = await clock.time('summary', () => {
      const summary = summarizeAccount({ inventory: collected.inventory, organization, roles });
      return { summary, rows: identityMapOf(summary).map((row) => ({ ...row, sensitiveClasses: [...row.sensitiveClasses], trustWeaknesses: [...row.trustWeaknesses] })) };
    });
    await clock.time('storeIdentities', () => identities.saveAccount(scanId, account.id, summary, rows));
    const status = collected.gaps.length > 0 ? 'partial' : 'succeeded';
    await clock.time('storeResult', () => scanAccounts.complete(scanId, account.id, { status, awsCalls: collected.awsCalls, gaps: collected.gaps, findings }));
    totals.findings += findings.length;
    totals.identities += rows.length;
  }
  return totals;
}

/** AccountScanner.run itself, one account at a time, over a new scan of the same organization. */
async function profileScanner(aws: AwsContext, engine: RuleEngine, organization: OrganizationContext, repos: Repositories, clock: StageClock<Stage>) {
  const scanId = await plannedScan(repos, organization);
  const logger = pino({ level: 'silent' });
  const scanner = new AccountScanner({ aws, ...repos, organizations: new OrganizationCache(repos.scans), rules: engine, logger, metrics: processMetrics() });
  for (const account of organization.accounts) {
    await clock.time('scanner', () => scanner.run({ scanId, accountId: account.id }));
  }
}

async function plannedScan(repos: Repositories, organization: OrganizationContext): Promise<string> {
  const scan = await repos.scans.create({ scope: { organization: true } });
  await repos.scans.setOrganization(scan.id, organization);
  await repos.scanAccounts.plan(scan.id, organization.accounts.map((account) => ({ accountId: account.id, accountName: account.name })));
  return scan.id;
}

void main();
