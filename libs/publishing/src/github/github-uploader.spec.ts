import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { GithubIntegrationsRepository, ScansRepository, createTestDatabase, type Scan, type TestDatabase } from '@rolecall/persistence';
import { FakeGithub, GithubUploadClient, type ReportFinding, type SarifInput } from '@rolecall/reporting';
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

before(async () => {
  testDatabase = await createTestDatabase('pglite');
  integrations = new GithubIntegrationsRepository(testDatabase.database.db);
  scan = await new ScansRepository(testDatabase.database.db).create({ scope: { accounts: ['111111111111'] } });
  const apiBaseUrl = await fake.start();
  integrationId = (await integrations.create(key, { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl, token: TOKEN, createdBy: 'admin' })).id;
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

async function run(allowInsecure = true, count = 1, maxGzippedBytes = 10 * 1024 * 1024) {
  const uploader = new GithubUploader(integrations, async () => sarifInput(count), logger, {
    key,
    allowInsecure,
    client: new GithubUploadClient({ pollIntervalMs: 1, maxPolls: 3 }),
    backoffMs: 1,
    maxGzippedBytes,
  });
  return uploader.run(await integrations.createUpload(scan.id, integrationId), scan, 'b'.repeat(40));
}

test('records each outcome and never logs the token', async () => {
  fake.script = { upload: [{ status: 202, body: { id: 'ok' } }], status: [{ status: 200, body: { processing_status: 'complete' } }] };
  assert.deepEqual((await run())?.status, 'complete');
  fake.script = { upload: [{ status: 422, body: { message: `invalid token ${TOKEN}` } }], status: [] };
  const refused = await run();
  assert.deepEqual([refused?.status, refused?.errors], ['error', ['GitHub answered 422: invalid token [redacted]']]);
  fake.script = { upload: [{ status: 500, body: {} }], status: [] };
  assert.deepEqual((await run())?.errors, ['GitHub answered 500: Internal Server Error']);
  assert.deepEqual((await run(false))?.errors, ['apiBaseUrl must use https (http only on loopback with ROLECALL_ALLOW_INSECURE_GITHUB=true)']);

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
