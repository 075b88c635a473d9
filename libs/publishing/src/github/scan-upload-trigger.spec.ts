import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { GITHUB_UPLOAD_JOB, UploadQueue, githubUploadJobId } from '@rolecall/jobs';
import { GithubIntegrationsRepository, ScansRepository } from '@rolecall/persistence';
import { createTestDatabase, type TestDatabase } from '@rolecall/persistence/testing';
import { createLogger } from '@rolecall/runtime';
import { ScanUploadTrigger } from './scan-upload-trigger';

const COMMIT = 'd'.repeat(40);
const prefix = `rolecall-test-upload-${randomBytes(4).toString('hex')}`;
const queue = new UploadQueue({ connection: { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null }, prefix });
let testDatabase: TestDatabase;
let scans: ScansRepository;
let integrations: GithubIntegrationsRepository;
let trigger: ScanUploadTrigger;
let integrationId = '';

before(async () => {
  testDatabase = await createTestDatabase('pglite');
  scans = new ScansRepository(testDatabase.database.db);
  integrations = new GithubIntegrationsRepository(testDatabase.database.db);
  integrationId = (await integrations.create(randomBytes(32), { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl: 'https://api.github.com', token: 't', createdBy: 'admin' })).id;
  trigger = new ScanUploadTrigger({ integrations, queue, logger: createLogger('silent') });
});
after(async () => {
  await queue.queue.obliterate({ force: true });
  await queue.close();
  await testDatabase.dispose();
});

async function finishedScan(status: 'succeeded' | 'partial' | 'failed', githubUpload?: { integrationId: string; commitSha?: string }) {
  const scan = await scans.create({ scope: { accounts: ['111111111111'] }, githubUpload });
  return (await scans.finish(scan.id, status))!;
}

test("a completed scan queues its own upload once, however often its completion is processed", async () => {
  const scan = await finishedScan('partial', { integrationId, commitSha: COMMIT });
  await trigger.afterScan(scan);
  await trigger.afterScan(scan);
  const uploads = await integrations.uploadsForScan(scan.id);
  assert.deepEqual(uploads.map((u) => [u.trigger, u.status, u.integrationId]), [['scan', 'queued', integrationId]]);
  const job = await queue.queue.getJob(githubUploadJobId(uploads[0].id));
  assert.deepEqual([job?.name, job?.data], [GITHUB_UPLOAD_JOB, { uploadId: uploads[0].id, commitSha: COMMIT }]);
  assert.equal(await queue.queue.count(), 1);
});

test('nothing is queued for a failed scan, a scan without a target or a deleted integration', async () => {
  const before = await queue.queue.count();
  const failed = await finishedScan('failed', { integrationId });
  const untargeted = await finishedScan('succeeded');
  const orphaned = await finishedScan('succeeded', { integrationId: '0b0b0b0b-0000-4000-8000-00000000dead' });
  for (const scan of [failed, untargeted, orphaned]) await trigger.afterScan(scan);
  for (const scan of [failed, untargeted, orphaned]) assert.deepEqual(await integrations.uploadsForScan(scan.id), []);
  assert.equal(await queue.queue.count(), before);
});
