import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { GithubIntegrationsRepository, ScansRepository, type Scan } from '@rolecall/persistence';
import { createTestDatabase, type TestDatabase } from '@rolecall/persistence/testing';
import { GithubUploadClient, type ReportFinding, type SarifInput } from '@rolecall/reporting';
import { FakeGithub } from '@rolecall/reporting/testing';
import { EgressClient, EgressPolicy } from '@rolecall/egress';
import { createLogger } from '@rolecall/runtime';
import { GithubUploader } from './github-uploader';

const TOKEN = 'ghp_unitsecrettoken0123456789abcd';
const key = randomBytes(32);
const fake = new FakeGithub({ upload: [], status: [] });
const lines: string[] = [];
const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
let testDatabase: TestDatabase;
let integrations: GithubIntegrationsRepository;
let scan: Scan;
let integrationId = '';
let fakeBase = '';

before(async () => {
  testDatabase = await createTestDatabase('pglite');
  integrations = new GithubIntegrationsRepository(testDatabase.database.db);
  scan = await new ScansRepository(testDatabase.database.db).create({ scope: { accounts: ['111111111111'] } });
  fakeBase = await fake.start();
  integrationId = (await integrations.create(key, { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl: fakeBase, token: TOKEN, createdBy: 'admin' })).id;
});
after(async () => {
  await fake.stop();
  await testDatabase.dispose();
});

function sarifInput(count: number): SarifInput {
  const finding = (i: number): ReportFinding => ({
    fingerprint: i.toString(16).padStart(64, '0').split('').reverse().join(''),
    ruleId: 'ecs.x',
    severity: 'high',
    title: 'X',
    message: 'X.',
    accountId: '111111111111',
    region: 'us-east-1',
    resource: { arn: `arn:aws:ecs:us-east-1:111111111111:task-definition/t${i}:1`, type: 'AWS::ECS::TaskDefinition', name: `t${i}:1` },
    remediation: 'Fix.',
    state: 'new',
    suppression: null,
  });
  return { toolVersion: '0.1.0', runId: 'r', scopeKey: 's', baselineScanId: null, rules: [], findings: Array.from({ length: count }, (_, i) => finding(i)) };
}

interface RunOptions {
  allowInsecure?: boolean;
  count?: number;
  maxGzippedBytes?: number;
  integration?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

async function run(allowInsecure = true, count = 1, maxGzippedBytes = 10 * 1024 * 1024) {
  return runWith({ allowInsecure, count, maxGzippedBytes });
}

async function runWith({ allowInsecure = true, count = 1, maxGzippedBytes = 10 * 1024 * 1024, integration = integrationId, timeoutMs = 5000, signal }: RunOptions) {
  const policy = new EgressPolicy({ allowedHosts: ['api.github.com'], allowListSource: 'ROLECALL_GITHUB_HOSTS', allowInsecureLoopback: allowInsecure });
  const http = new EgressClient(policy, { connectTimeoutMs: 2000, timeoutMs, maxResponseBytes: 64 * 1024 });
  const uploader = new GithubUploader(integrations, async () => sarifInput(count), logger, {
    key,
    policy,
    client: new GithubUploadClient(http, { pollIntervalMs: 1, maxPolls: 3, signal }),
    backoffMs: 1,
    maxGzippedBytes,
  });
  return uploader.run(await integrations.createUpload(scan.id, integration), scan, 'b'.repeat(40));
}

test('records each outcome and never logs the token', async () => {
  fake.script = { upload: [{ status: 202, body: { id: 'ok' } }], status: [{ status: 200, body: { processing_status: 'complete' } }] };
  assert.deepEqual((await run())?.status, 'complete');
  fake.script = { upload: [{ status: 422, body: { message: `invalid token ${TOKEN}` } }], status: [] };
  const refused = await run();
  assert.deepEqual([refused?.status, refused?.errors], ['error', ['GitHub answered 422: invalid token [redacted]']]);
  fake.script = { upload: [{ status: 500, body: {} }], status: [] };
  assert.deepEqual((await run())?.errors, ['GitHub answered 500: Internal Server Error']);
  assert.deepEqual((await run(false))?.errors, ['apiBaseUrl must use https']);

  const log = lines.join('');
  assert.match(log, /github upload finished/);
  assert.match(log, /github answered with a retryable error/);
  assert.match(log, /github upload failed/);
  assert.equal(log.includes(TOKEN), false);
  assert.equal(fake.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`), true);
});

test('a SARIF file over the size limit goes as one upload per run', async () => {
  fake.script = { upload: [{ status: 202, body: { id: 'part' } }], status: [{ status: 200, body: { processing_status: 'complete' } }] };
  fake.requests.length = 0;
  const upload = await run(true, 25_001, 100_000);
  assert.deepEqual([upload?.status, upload?.sarifIds.length], ['complete', 16]);
  assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 16);
});

test('a GitHub that never answers costs each attempt its timeout, and a stopping worker aborts the wait', async () => {
  let received = 0;
  const hanging = createServer(() => void (received += 1));
  const sockets = new Set<Socket>();
  hanging.on('connection', (socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  try {
    const apiBaseUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/api/v3`;
    const id = (await integrations.create(key, { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl, token: TOKEN, createdBy: 'admin' })).id;
    const timedOut = await runWith({ integration: id, timeoutMs: 50 });
    assert.deepEqual([timedOut?.status, timedOut?.errors], ['error', [`GitHub unreachable: POST ${new URL(apiBaseUrl).origin} took longer than 50 ms`]]);
    assert.equal(received, 3);

    const shutdown = new AbortController();
    const aborted = runWith({ integration: id, timeoutMs: 60_000, signal: shutdown.signal });
    while (received < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    shutdown.abort();
    const upload = await aborted;
    assert.deepEqual([upload?.status, upload?.errors], ['error', [`GitHub unreachable: aborted POST ${new URL(apiBaseUrl).origin}: the process is stopping`]]);
    assert.equal(received, 4);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hanging.close(resolve));
  }
});

test('a token with a newline or NUL is never sent nor logged, and the upload ends in error (not queued)', async () => {
  for (const bad of [`${TOKEN}\nX-Injected: 1`, `${TOKEN}\u0000`]) {
    const id = (await integrations.create(key, { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl: fakeBase, token: bad, createdBy: 'admin' })).id;
    fake.requests.length = 0;
    const upload = await runWith({ integration: id });
    assert.deepEqual([upload?.status, upload?.errors], ['error', ['the integration token holds a control character; register the integration again']]);
    assert.equal(fake.requests.length, 0);
  }
  assert.equal(lines.join('').includes(TOKEN), false);
});
