import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { FAKE_COMMIT_SHA, FakeGithub, sarifProblems } from '@rolecall/reporting/testing';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { MANAGEMENT, WORKLOADS, foundationWorld } from './foundation-world';

const TOKEN = 'ghp_e2esecrettoken0123456789abcdef';
const KEY = '7c2e9b14f0a65d38c1e4b97a02d6f3851be0c47a9d3f6e2815c8a0b74e9d12f6';

interface UploadView {
  id: string;
  trigger: string;
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

    /** Polls GET /v1/scans/{id} (bounded) until the scan has an upload that is no longer queued and matches. */
    async function finishedUpload(id: string, matches: (upload: UploadView) => boolean): Promise<UploadView> {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const scan = await stack.http().get(`/v1/scans/${id}`).set(bearer(ADMIN_TOKEN));
        const upload = (scan.body.githubUploads as UploadView[]).find(matches);
        if (upload && upload.status !== 'queued') return upload;
        if (Date.now() > deadline) throw new Error(`no finished upload yet: ${JSON.stringify(scan.body.githubUploads)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    /** Asks for an upload of the scan; the worker runs it. */
    async function uploadAndWait(): Promise<UploadView> {
      const started = await post(`/v1/scans/${scanId}/github-uploads`, { integrationId });
      assert.equal(started.status, 202);
      assert.deepEqual([started.body.status, started.body.trigger], ['queued', 'request']);
      return finishedUpload(scanId, (u) => u.id === started.body.id);
    }

    before(async () => {
      apiBaseUrl = await fake.start();
      // The per-second schedule below needs the minimum interval lowered (default 5 minutes).
      stack = await startStack({
        engine,
        world: foundationWorld,
        env: { ROLECALL_ENCRYPTION_KEY: KEY, ROLECALL_ALLOW_INSECURE_GITHUB: 'true', ROLECALL_SCHEDULE_MIN_INTERVAL_MINUTES: '0.01' },
      });
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

    test('internal hosts are refused as apiBaseUrl, and tokens with control characters are refused without being echoed', async () => {
      const refusals: string[] = [];
      // This stack allows loopback (ROLECALL_ALLOW_INSECURE_GITHUB, its fake GitHub); the egress policy specs refuse it without.
      for (const url of ['https://169.254.169.254/api/v3', 'https://0xa000001', 'https://[fe80::1]:6379', 'https://10.0.0.1:5432', 'https://ghe.internal.example/api/v3']) {
        const refused = await post('/v1/integrations/github', { owner: 'acme', repo: 'cloud', apiBaseUrl: url, token: TOKEN });
        assert.equal(refused.status, 400, url);
        refusals.push(refused.body.message);
      }
      assert.deepEqual(refusals, [
        'body.apiBaseUrl: must not name a link-local (cloud metadata lives here) address',
        'body.apiBaseUrl: must not name a private address',
        'body.apiBaseUrl: must not name a link-local (cloud metadata lives here) address',
        'body.apiBaseUrl: must not name a private address',
        'body.apiBaseUrl: host ghe.internal.example is not allowed (allowed: api.github.com; add others to ROLECALL_GITHUB_HOSTS)',
      ]);
      // A NUL is refused by the check every string of a request passes; other control characters by the token's own.
      const tokens = [
        [`${TOKEN}\nX-Injected: 1`, 'body.token: must not contain control characters (newline, NUL ...)'],
        [`${TOKEN}\u0000`, 'body.token: must not contain control characters (found U+0000)'],
      ];
      for (const [token, message] of tokens) {
        const refused = await post('/v1/integrations/github', { owner: 'acme', repo: 'cloud', apiBaseUrl, token });
        assert.deepEqual([refused.status, refused.body.message], [400, message]);
        assert.equal(JSON.stringify(refused.body).includes(TOKEN), false);
      }
      const listed = await stack.http().get('/v1/integrations/github').set(bearer(ADMIN_TOKEN));
      assert.deepEqual(listed.body.items.map((i: { id: string }) => i.id), [integrationId]);
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

    test('a scan that names githubUpload uploads its SARIF when it completes, to the commit it names', async () => {
      fake.script = { upload: [{ status: 202, body: { id: 'sarif-own' } }], status: [{ status: 200, body: { processing_status: 'complete' } }] };
      fake.requests.length = 0;
      const commitSha = 'e'.repeat(40);
      const created = await post('/v1/scans', { scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'], githubUpload: { integrationId, commitSha } });
      assert.deepEqual([created.status, created.body.githubUpload], [202, { integrationId, commitSha }]);
      assert.equal((await waitForScan(stack, created.body.id)).status, 'succeeded');
      const upload = await finishedUpload(created.body.id, (u) => u.trigger === 'scan');
      assert.deepEqual([upload.status, upload.sarifIds, upload.errors, upload.commitSha], ['complete', ['sarif-own'], [], commitSha]);
      assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`), [
        'POST /api/v3/repos/acme/cloud/code-scanning/sarifs',
        'GET /api/v3/repos/acme/cloud/code-scanning/sarifs/sarif-own',
      ]);
      assert.equal((JSON.parse(fake.requests[0].body) as { commit_sha: string }).commit_sha, commitSha);
    });

    test("a schedule's githubUpload uploads the SARIF of the scan each firing starts", async () => {
      fake.script = { upload: [{ status: 202, body: { id: 'sarif-scheduled' } }], status: [{ status: 200, body: { processing_status: 'complete' } }] };
      fake.requests.length = 0;
      const schedule = await post('/v1/schedules', { cron: '* * * * * *', scope: { accounts: [MANAGEMENT] }, regions: ['us-east-1'], githubUpload: { integrationId } });
      assert.deepEqual([schedule.status, schedule.body.githubUpload], [201, { integrationId }]);
      let scanIdOfRun: string | undefined;
      const deadline = Date.now() + 20_000;
      while (!scanIdOfRun) {
        assert.ok(Date.now() < deadline, 'the schedule never started a scan');
        await new Promise((resolve) => setTimeout(resolve, 50));
        const runs = (await stack.http().get(`/v1/schedules/${schedule.body.id}/runs`).set(bearer(ADMIN_TOKEN))).body.items as { outcome: string; scanId: string | null }[];
        scanIdOfRun = runs.find((run) => run.outcome === 'started')?.scanId ?? undefined;
      }
      assert.equal((await stack.http().delete(`/v1/schedules/${schedule.body.id}`).set(bearer(ADMIN_TOKEN))).status, 204);
      assert.equal((await waitForScan(stack, scanIdOfRun)).status, 'succeeded');
      const upload = await finishedUpload(scanIdOfRun, (u) => u.trigger === 'scan');
      assert.deepEqual([upload.status, upload.sarifIds, upload.commitSha], ['complete', ['sarif-scheduled'], FAKE_COMMIT_SHA]);
      // Without a commit in the schedule, the ref's head is resolved first (a second firing, had one slipped in before the delete, adds its own requests).
      const requested = new Set(fake.requests.map((r) => `${r.method} ${r.path}`));
      for (const expected of ['GET /api/v3/repos/acme/cloud/commits/main', 'POST /api/v3/repos/acme/cloud/code-scanning/sarifs', 'GET /api/v3/repos/acme/cloud/code-scanning/sarifs/sarif-scheduled']) {
        assert.ok(requested.has(expected), `${expected} missing from ${[...requested].join(', ')}`);
      }
    });

    test('a githubUpload naming no registered integration or a bad commit is 400 and stores nothing', async () => {
      const count = async () => (await stack.http().get('/v1/scans?limit=500').set(bearer(ADMIN_TOKEN))).body.items.length as number;
      const before = await count();
      const missing = '00000000-0000-4000-8000-000000000000';
      const unknown = await post('/v1/scans', { scope: { organization: true }, githubUpload: { integrationId: missing } });
      assert.deepEqual([unknown.status, unknown.body.message], [400, `body.githubUpload.integrationId: no GitHub integration ${missing} is registered`]);
      const badCommit = await post('/v1/scans', { scope: { organization: true }, githubUpload: { integrationId, commitSha: 'main' } });
      assert.deepEqual([badCommit.status, badCommit.body.message], [400, 'body.githubUpload.commitSha: must be a 40-digit commit sha']);
      const schedule = await post('/v1/schedules', { cron: '0 3 * * *', scope: { organization: true }, githubUpload: { integrationId: missing } });
      assert.deepEqual([schedule.status, schedule.body.message], [400, `body.githubUpload.integrationId: no GitHub integration ${missing} is registered`]);
      assert.equal(await count(), before);
      assert.deepEqual((await stack.http().get('/v1/schedules').set(bearer(ADMIN_TOKEN))).body.items, []);
    });

    test('an integration a schedule uploads to cannot be deleted until the schedule lets go of it', async () => {
      const schedule = await post('/v1/schedules', { cron: '0 3 * * *', scope: { organization: true }, githubUpload: { integrationId } });
      assert.deepEqual([schedule.status, schedule.body.githubUpload], [201, { integrationId }]);
      const remove = () => stack.http().delete(`/v1/integrations/github/${integrationId}`).set(bearer(ADMIN_TOKEN));
      const refused = await remove();
      assert.deepEqual([refused.status, refused.body.message], [409, `integration ${integrationId} is the githubUpload of schedule ${schedule.body.id}; change or delete the schedule first`]);
      const released = await stack.http().patch(`/v1/schedules/${schedule.body.id}`).set(bearer(ADMIN_TOKEN)).send({ githubUpload: null });
      assert.deepEqual([released.status, released.body.githubUpload], [200, null]);
      assert.equal((await remove()).status, 204);
      assert.equal((await remove()).status, 404);
      await stack.http().delete(`/v1/schedules/${schedule.body.id}`).set(bearer(ADMIN_TOKEN));
    });
  });
}
