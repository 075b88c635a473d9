import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import { TEST_ENGINES } from '@rolecall/persistence';
import { FAKE_COMMIT_SHA, FakeGithub, sarifProblems } from '@rolecall/reporting';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { MANAGEMENT, WORKLOADS, foundationWorld } from './foundation-world';

const TOKEN = 'ghp_e2esecrettoken0123456789abcdef';
const KEY = 'ab'.repeat(32);

interface UploadView {
  id: string;
  status: string;
  sarifIds: string[];
  errors: string[];
  commitSha: string | null;
}

for (const engine of TEST_ENGINES) {
  describe(`GitHub upload on ${engine}`, () => {
    let stack: Stack;
    const fake = new FakeGithub({ upload: [], status: [] });
    let apiBaseUrl = '';
    let scanId = '';
    let integrationId = '';
    const post = (path: string, body: object) => stack.http().post(path).set(bearer(ADMIN_TOKEN)).send(body);

    /** Uploads the scan and polls GET /v1/scans/{id} (bounded) until the upload is final. */
    async function uploadAndWait(): Promise<UploadView> {
      const started = await post(`/v1/scans/${scanId}/github-uploads`, { integrationId });
      assert.equal(started.status, 202);
      assert.equal(started.body.status, 'queued');
      const deadline = Date.now() + 20_000;
      for (;;) {
        const scan = await stack.http().get(`/v1/scans/${scanId}`).set(bearer(ADMIN_TOKEN));
        const upload = (scan.body.githubUploads as UploadView[]).find((u) => u.id === started.body.id)!;
        if (upload.status !== 'queued') return upload;
        if (Date.now() > deadline) throw new Error('upload still queued');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    before(async () => {
      apiBaseUrl = await fake.start();
      stack = await startStack({ engine, world: foundationWorld, env: { ROLECALL_ENCRYPTION_KEY: KEY, ROLECALL_ALLOW_INSECURE_GITHUB: 'true' } });
      const created = await post('/v1/scans', { scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'] });
      scanId = created.body.id;
      assert.equal((await waitForScan(stack, scanId)).status, 'succeeded');
    });
    after(async () => {
      await stack.close();
      await fake.stop();
    });

    test('admins register targets; the token is never returned; only https (or loopback http in tests)', async () => {
      const created = await post('/v1/integrations/github', { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl, token: TOKEN });
      assert.equal(created.status, 201);
      integrationId = created.body.id;
      assert.deepEqual(Object.keys(created.body).sort(), ['apiBaseUrl', 'createdAt', 'createdBy', 'id', 'owner', 'ref', 'repo']);
      const listed = await stack.http().get('/v1/integrations/github').set(bearer(ADMIN_TOKEN));
      assert.equal(JSON.stringify(listed.body).includes(TOKEN), false);
      assert.deepEqual(listed.body.items.map((i: { id: string }) => i.id), [integrationId]);
      const insecure = await post('/v1/integrations/github', { owner: 'acme', repo: 'cloud', apiBaseUrl: 'http://github.example.com', token: TOKEN });
      assert.equal(insecure.status, 400);
      assert.match(insecure.body.message, /^body\.apiBaseUrl: must use https/);
      const badRef = await post('/v1/integrations/github', { owner: 'acme', repo: 'cloud', ref: 'main', apiBaseUrl, token: TOKEN });
      assert.match(badRef.body.message, /^body\.ref: must be a full ref/);
    });

    test('uploads gzip + base64 SARIF for the ref head, polls processing and records the outcome', async () => {
      fake.script = { upload: [{ status: 202, body: { id: 'sarif-1' } }], status: [{ status: 200, body: { processing_status: 'pending' } }, { status: 200, body: { processing_status: 'complete' } }] };
      fake.requests.length = 0;
      const upload = await uploadAndWait();
      assert.deepEqual([upload.status, upload.sarifIds, upload.errors, upload.commitSha], ['complete', ['sarif-1'], [], FAKE_COMMIT_SHA]);
      assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`), [
        'GET /api/v3/repos/acme/cloud/commits/main',
        'POST /api/v3/repos/acme/cloud/code-scanning/sarifs',
        'GET /api/v3/repos/acme/cloud/code-scanning/sarifs/sarif-1',
        'GET /api/v3/repos/acme/cloud/code-scanning/sarifs/sarif-1',
      ]);
      const body = JSON.parse(fake.requests[1].body) as { commit_sha: string; ref: string; sarif: string };
      assert.deepEqual([body.commit_sha, body.ref], [FAKE_COMMIT_SHA, 'refs/heads/main']);
      assert.equal(fake.requests[1].headers.authorization, `Bearer ${TOKEN}`);
      const log = JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8')) as Log;
      assert.deepEqual(await sarifProblems(log), []);
      assert.ok(log.runs[0].results!.length > 0);
    });

    test('a 4xx is recorded at once; a 5xx is retried', async () => {
      fake.script = { upload: [{ status: 403, body: { message: 'Advanced Security must be enabled for this repository' } }], status: [] };
      fake.requests.length = 0;
      const refused = await uploadAndWait();
      assert.deepEqual([refused.status, refused.errors], ['error', ['GitHub answered 403: Advanced Security must be enabled for this repository']]);
      assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 1);

      fake.script = { upload: [{ status: 502, body: {} }, { status: 202, body: { id: 'sarif-2' } }], status: [{ status: 200, body: { processing_status: 'complete' } }] };
      fake.requests.length = 0;
      const retried = await uploadAndWait();
      assert.deepEqual([retried.status, retried.sarifIds], ['complete', ['sarif-2']]);
      assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 2);
    });

    test('unknown scans and integrations are 404, bad ids 400', async () => {
      assert.equal((await post('/v1/scans/00000000-0000-4000-8000-000000000000/github-uploads', { integrationId })).status, 404);
      assert.equal((await post(`/v1/scans/${scanId}/github-uploads`, { integrationId: '00000000-0000-4000-8000-000000000000' })).status, 404);
      const bad = await post(`/v1/scans/${scanId}/github-uploads`, { integrationId: 'x' });
      assert.deepEqual([bad.status, bad.body.message], [400, 'body.integrationId: integration id must be a UUID']);
    });
  });
}
