import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeGithub } from '@rolecall/reporting/testing';
import { ContractChecker } from './contract-checker';
import { MANAGEMENT, WORKLOADS, foundationWorld } from './foundation-world';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';

const KEY = '7c2e9b14f0a65d38c1e4b97a02d6f3851be0c47a9d3f6e2815c8a0b74e9d12f6';

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
  accept?: string;
  /** null: no Authorization header. */
  token?: string | null;
}

/** Every operation of the document, called for real over the simulator; each response checked against its schema. */
describe('the api answers as its OpenAPI document says', () => {
  let stack: Stack;
  let checker: ContractChecker;
  const github = new FakeGithub({ upload: [{ status: 202, body: { id: 'sarif-1' } }], status: [{ status: 200, body: { processing_status: 'complete' } }] });
  let apiBaseUrl = '';

  async function call(operation: string, options: Call = {}) {
    const [method, template] = operation.split(' ');
    const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
    let request = stack.http()[method.toLowerCase() as 'get'](path).query(options.query ?? {});
    const token = options.token === undefined ? ADMIN_TOKEN : options.token;
    if (token !== null) request = request.set(bearer(token));
    if (options.accept) request = request.set('Accept', options.accept);
    // Buffer every media type as text: the checker parses JSON itself.
    const response = await (options.body ? request.send(options.body) : request).buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
    return checker.check(operation, { status: response.status, headers: response.headers, text: String(response.body ?? '') });
  }
  const json = (response: { text: string }) => JSON.parse(response.text);

  /** Waits (bounded) until the worker has run the scan's uploads, so none is still running when the stack closes. */
  async function uploadsFinished(scanId: string): Promise<void> {
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const uploads = json(await call('GET /v1/scans/{id}', { params: { id: scanId } })).githubUploads as { status: string }[];
      if (uploads.every((upload) => upload.status !== 'queued')) return;
    }
    throw new Error('the upload is still queued');
  }

  before(async () => {
    apiBaseUrl = await github.start();
    stack = await startStack({ engine: 'postgres', world: foundationWorld, env: { ROLECALL_ENCRYPTION_KEY: KEY, ROLECALL_ALLOW_INSECURE_GITHUB: 'true' } });
    checker = new ContractChecker((await stack.http().get('/docs/openapi.json')).body);
  });
  after(async () => {
    await stack.close();
    await github.stop();
  });

  test('every documented operation answers with a documented status, content type and body', async () => {
    assert.equal((await call('GET /health')).status, 200);
    assert.equal((await call('GET /metrics')).status, 200);
    assert.ok(json(await call('GET /v1/rules')).items.length > 0);

    const token = json(await call('POST /v1/tokens', { body: { name: 'reader', scopes: ['findings:read'] } }));
    assert.equal((await call('GET /v1/tokens')).status, 200);
    assert.equal((await call('POST /v1/scans', { body: { scope: { organization: true } }, token: token.token })).status, 403);
    assert.equal((await call('DELETE /v1/tokens/{id}', { params: { id: token.id } })).status, 204);

    const scan = await call('POST /v1/scans', { body: { scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'] } });
    assert.equal(scan.status, 202);
    const id = json(scan).id as string;
    assert.equal((await waitForScan(stack, id)).status, 'succeeded');
    const detail = json(await call('GET /v1/scans/{id}', { params: { id } }));
    assert.deepEqual([detail.progress.succeeded, detail.accountTotal], [2, 2]);
    assert.equal((await call('GET /v1/scans', { query: { limit: '1' } })).status, 200);
    assert.equal((await call('GET /v1/scans/{id}/not-assessed', { params: { id } })).status, 200);
    const findings = json(await call('GET /v1/scans/{id}/findings', { params: { id }, query: { limit: '2' } }));
    assert.ok(findings.items.length > 0 && typeof findings.nextCursor === 'string');
    assert.equal((await call('GET /v1/scans/{id}/findings', { params: { id }, query: { cursor: findings.nextCursor, limit: '2' } })).status, 200);
    assert.match((await call('GET /v1/scans/{id}/findings', { params: { id }, accept: 'text/csv' })).text, /^id,scanId,/);
    assert.equal((await call('GET /v1/scans/{id}/identities', { params: { id } })).status, 200);
    assert.equal((await call('GET /v1/scans/{id}/diff', { params: { id } })).status, 200);
    assert.equal(json(await call('GET /v1/scans/{id}/sarif', { params: { id } })).version, '2.1.0');
    assert.equal((await call('GET /v1/findings', { query: { severity: 'high' } })).status, 200);
    assert.match((await call('GET /v1/findings', { accept: 'text/csv' })).text, /^id,scanId,/);
    assert.equal((await call('GET /v1/findings/sarif')).status, 200);

    const suppression = json(await call('POST /v1/suppressions', { body: { ruleId: 'iam.role.trust-public', reason: 'contract test' } }));
    assert.equal((await call('GET /v1/suppressions', { query: { includeExpired: 'true' } })).status, 200);
    assert.equal((await call('GET /v1/suppressions/{id}', { params: { id: suppression.id } })).status, 200);
    assert.equal((await call('DELETE /v1/suppressions/{id}', { params: { id: suppression.id } })).status, 204);

    const integration = json(await call('POST /v1/integrations/github', { body: { owner: 'acme', repo: 'cloud', apiBaseUrl, token: 'ghs_contract' } }));
    assert.equal((await call('GET /v1/integrations/github')).status, 200);
    assert.equal((await call('POST /v1/scans/{id}/github-uploads', { params: { id }, body: { integrationId: integration.id } })).status, 202);
    await uploadsFinished(id);
    const spare = json(await call('POST /v1/integrations/github', { body: { owner: 'acme', repo: 'spare', apiBaseUrl, token: 'ghs_contract' } }));
    assert.equal((await call('DELETE /v1/integrations/github/{id}', { params: { id: spare.id } })).status, 204);

    const schedule = json(await call('POST /v1/schedules', { body: { cron: '0 3 * * *', scope: { organization: true } } }));
    assert.equal((await call('GET /v1/schedules')).status, 200);
    assert.equal((await call('GET /v1/schedules/{id}', { params: { id: schedule.id } })).status, 200);
    assert.equal((await call('GET /v1/schedules/{id}/runs', { params: { id: schedule.id } })).status, 200);
    assert.equal((await call('PATCH /v1/schedules/{id}', { params: { id: schedule.id }, body: { cron: '0 4 * * 1' } })).status, 200);
    assert.equal((await call('DELETE /v1/schedules/{id}', { params: { id: schedule.id } })).status, 204);

    const running = json(await call('POST /v1/scans', { body: { scope: { organization: true } } }));
    assert.equal((await call('POST /v1/scans/{id}/cancel', { params: { id: running.id } })).status, 202);
    await waitForScan(stack, running.id);
    assert.equal((await call('GET /v1/audit-events')).status, 200);

    assert.deepEqual(checker.untested(), []);
  });

  test('errors have the documented error body', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    assert.equal((await call('GET /v1/scans/{id}', { params: { id: unknown } })).status, 404);
    assert.equal((await call('GET /v1/scans/{id}', { params: { id: 'not-a-uuid' } })).status, 400);
    assert.equal((await call('GET /v1/scans', { token: null })).status, 401);
    assert.equal((await call('GET /v1/scans', { query: { limit: '0' } })).status, 400);
    assert.equal((await call('POST /v1/suppressions', { body: { reason: 'names nothing' } })).status, 400);
    const finished = json(await call('GET /v1/scans', { query: { limit: '1' } })).items[0].id;
    assert.equal((await call('POST /v1/scans/{id}/cancel', { params: { id: finished } })).status, 409);
  });
});
