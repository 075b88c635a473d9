import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { UploadQueue } from '@rolecall/jobs';
import { GithubIntegrationsRepository } from '@rolecall/persistence';
import { ScanHarness } from './scan-harness';
import { waitFor } from './wait-for';

const KEY = randomBytes(32);

describe('a worker stopped with SIGTERM while GitHub never answers', () => {
  let harness: ScanHarness;
  let hanging: Server;
  let received = 0;
  const sockets = new Set<Socket>();
  let uploads: UploadQueue;

  before(async () => {
    harness = await ScanHarness.start({ accounts: 1, latencyMs: 0 });
    hanging = createServer(() => void (received += 1));
    hanging.on('connection', (socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    uploads = new UploadQueue({ connection: { url: harness.redisUrl, maxRetriesPerRequest: null }, prefix: harness.prefix });
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hanging.close(resolve));
    await uploads.queue.obliterate({ force: true });
    await uploads.close();
    await harness.dispose();
  });

  test('aborts the upload in flight, records why, and exits (the 10-minute call timeout never runs out)', async () => {
    const integrations = new GithubIntegrationsRepository(harness.database.database.db);
    const apiBaseUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/api/v3`;
    const integration = await integrations.create(KEY, { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl, token: 'ghp_sigtermtoken0123456789abcdef', createdBy: 'test' });
    const scan = await harness.scans.create({ scope: { accounts: ['111111111111'] } });
    await harness.scans.finish(scan.id, 'succeeded');
    const upload = await integrations.createUpload(scan.id, integration.id);
    await uploads.enqueue({ uploadId: upload.id, commitSha: 'a'.repeat(40) });

    const worker = harness.spawnWorker({
      ROLECALL_ENCRYPTION_KEY: KEY.toString('hex'),
      ROLECALL_ALLOW_INSECURE_GITHUB: 'true',
      ROLECALL_EGRESS_TIMEOUT_MS: '600000',
    });
    await worker.started;
    await waitFor('the upload to reach GitHub', () => received === 1, 30_000);
    const how = await worker.stop('SIGTERM');
    assert.ok(['SIGTERM', 'exit 0'].includes(how), how);

    const recorded = await integrations.getUpload(upload.id);
    assert.deepEqual([recorded?.status, recorded?.errors], ['error', [`GitHub unreachable: aborted POST ${new URL(apiBaseUrl).origin}: the process is stopping`]]);
    assert.equal(received, 1);
    assert.equal((await uploads.queue.getJobCounts('failed', 'waiting', 'active')).active, 0);
  });
});
