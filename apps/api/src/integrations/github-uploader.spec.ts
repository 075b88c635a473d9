import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { GithubIntegrationsRepository, ScansRepository, createTestDatabase, type Scan, type TestDatabase } from '@rolecall/persistence';
import { FakeGithub, GithubUploadClient } from '@rolecall/reporting';
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

async function run(allowInsecure = true) {
  const uploader = new GithubUploader(integrations, async () => '{"version":"2.1.0","runs":[]}', logger, {
    key,
    allowInsecure,
    client: new GithubUploadClient({ pollIntervalMs: 1, maxPolls: 3 }),
    backoffMs: 1,
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
