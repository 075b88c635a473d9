import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { EgressClient, EgressPolicy } from '@rolecall/egress';
import { FAKE_COMMIT_SHA, FakeGithub } from '../testing/fake-github';
import { GithubUploadClient, GithubUploadError } from './github-upload.client';
import { checkGithubApiBaseUrl, type GithubTarget } from './github-target';

const TOKEN = 'ghp_secretsecretsecretsecret0001';
const SARIF = '{"version":"2.1.0","runs":[]}';
const REQUEST = { commitSha: 'a'.repeat(40), ref: 'refs/heads/main', sarif: SARIF };
const fake = new FakeGithub({ upload: [], status: [] });
let target: GithubTarget;
const policy = (allowInsecureLoopback: boolean, allowedHosts = ['api.github.com']) => new EgressPolicy({ allowedHosts, allowListSource: 'ROLECALL_GITHUB_HOSTS', allowInsecureLoopback });
const http = new EgressClient(policy(true), { connectTimeoutMs: 2000, timeoutMs: 5000, maxResponseBytes: 64 * 1024 });
const client = new GithubUploadClient(http, { pollIntervalMs: 1, maxPolls: 5 });

before(async () => {
  target = { apiBaseUrl: await fake.start(), owner: 'acme', repo: 'cloud', token: TOKEN };
});
after(() => fake.stop());

function reset(script: FakeGithub['script']): void {
  fake.script = script;
  fake.requests.length = 0;
}

test('uploads gzip + base64 SARIF with the commit and ref, then polls until complete', async () => {
  reset({
    upload: [{ status: 202, body: { id: 'sarif-1', url: 'x' } }],
    status: [{ status: 200, body: { processing_status: 'pending' } }, { status: 200, body: { processing_status: 'complete' } }],
  });
  assert.deepEqual(await client.uploadAndWait(target, REQUEST), { sarifId: 'sarif-1', processingStatus: 'complete', errors: [] });
  assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`), [
    'POST /api/v3/repos/acme/cloud/code-scanning/sarifs',
    'GET /api/v3/repos/acme/cloud/code-scanning/sarifs/sarif-1',
    'GET /api/v3/repos/acme/cloud/code-scanning/sarifs/sarif-1',
  ]);
  const [post] = fake.requests;
  assert.equal(post.headers.authorization, `Bearer ${TOKEN}`);
  assert.equal(post.headers.accept, 'application/vnd.github+json');
  const body = JSON.parse(post.body) as Record<string, string>;
  assert.deepEqual(Object.keys(body).sort(), ['commit_sha', 'ref', 'sarif', 'tool_name']);
  assert.equal(body.commit_sha, 'a'.repeat(40));
  assert.equal(body.ref, 'refs/heads/main');
  assert.equal(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'), SARIF);
});

test('resolves a ref to its commit', async () => {
  reset({ upload: [], status: [] });
  assert.equal(await client.resolveCommit(target, 'refs/heads/main'), FAKE_COMMIT_SHA);
  assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`), ['GET /api/v3/repos/acme/cloud/commits/main']);
  reset({ upload: [], status: [], commit: [{ status: 404, body: { message: 'No commit found for SHA: main' } }] });
  await assert.rejects(client.resolveCommit(target, 'refs/heads/main'), /GitHub answered 404: No commit found/);
});

test('reports failed processing with GitHub errors', async () => {
  reset({ upload: [{ status: 202, body: { id: 's2' } }], status: [{ status: 200, body: { processing_status: 'failed', errors: ['bad location'] } }] });
  assert.deepEqual(await client.uploadAndWait(target, REQUEST), { sarifId: 's2', processingStatus: 'failed', errors: ['bad location'] });
});

test('gives up polling after its budget', async () => {
  reset({ upload: [{ status: 202, body: { id: 's3' } }], status: [{ status: 200, body: { processing_status: 'pending' } }] });
  assert.deepEqual(await client.uploadAndWait(target, REQUEST), { sarifId: 's3', processingStatus: 'timeout', errors: [] });
  assert.equal(fake.requests.length, 6);
});

test('a 4xx is final, a 5xx retryable, and neither message holds the token', async () => {
  reset({ upload: [{ status: 403, body: { message: `Resource not accessible by integration ${TOKEN}` } }], status: [] });
  const refused = await client.upload(target, REQUEST).then(() => undefined, (error: unknown) => error);
  assert.ok(refused instanceof GithubUploadError);
  assert.equal(refused.status, 403);
  assert.equal(refused.retryable, false);
  assert.equal(refused.message, 'GitHub answered 403: Resource not accessible by integration [redacted]');
  reset({ upload: [{ status: 502, body: {} }], status: [] });
  const failed = await client.upload(target, REQUEST).then(() => undefined, (error: unknown) => error);
  assert.ok(failed instanceof GithubUploadError);
  assert.deepEqual([failed.status, failed.retryable, failed.message], [502, true, 'GitHub answered 502: Bad Gateway']);
});

test('a redirect is not followed and remote text is cut short and stripped of token-like text', async () => {
  reset({ upload: [{ status: 302, body: {} }], status: [] });
  const redirected = await client.upload(target, REQUEST).then(() => undefined, (error: unknown) => error);
  assert.ok(redirected instanceof GithubUploadError);
  assert.deepEqual([redirected.status, redirected.retryable], [302, false]);
  assert.equal(redirected.message, 'GitHub answered 302: redirects are not followed (is apiBaseUrl the API address?)');
  assert.equal(fake.requests.length, 1);

  const leak = `other ghs_${'x'.repeat(36)} and Bearer abcdefgh12345678 and\nnewline ${'A'.repeat(40)} ${'pad '.repeat(100)}`;
  reset({ upload: [{ status: 400, body: { message: leak } }], status: [] });
  const refused = await client.upload(target, REQUEST).then(() => undefined, (error: unknown) => error);
  assert.ok(refused instanceof GithubUploadError);
  const detail = refused.message.replace('GitHub answered 400: ', '');
  assert.equal(detail.length, 200);
  assert.equal(detail.startsWith('other [redacted] and Bearer [redacted] and newline [redacted] pad pad'), true);
  assert.equal(detail.endsWith('…'), true);
});

test('a token with a control character is never sent', async () => {
  reset({ upload: [{ status: 202, body: { id: 'x' } }], status: [] });
  const refused = await client.upload({ ...target, token: `${TOKEN}\nX-Evil: 1` }, REQUEST).then(() => undefined, (error: unknown) => error);
  assert.ok(refused instanceof GithubUploadError);
  assert.equal(refused.message, 'the integration token holds a control character; register the integration again');
  assert.equal(fake.requests.length, 0);
});

test('accepts https API base URLs on allowed hosts, and http only on loopback when allowed', () => {
  const github = policy(false, ['api.github.com', 'ghe.example.com']);
  assert.deepEqual(checkGithubApiBaseUrl('https://api.github.com/', github), { url: 'https://api.github.com' });
  assert.deepEqual(checkGithubApiBaseUrl('https://ghe.example.com/api/v3', github), { url: 'https://ghe.example.com/api/v3' });
  assert.deepEqual(checkGithubApiBaseUrl('http://127.0.0.1:9/api/v3', policy(true)), { url: 'http://127.0.0.1:9/api/v3' });
  assert.deepEqual(checkGithubApiBaseUrl('http://127.0.0.1:9', github), { error: 'must use https' });
  assert.deepEqual(checkGithubApiBaseUrl('http://ghe.example.com', policy(true, ['ghe.example.com'])), { error: 'must use https' });
  assert.deepEqual(checkGithubApiBaseUrl('https://user:pw@api.github.com', github), { error: 'must not carry credentials' });
  assert.deepEqual(checkGithubApiBaseUrl('https://api.github.com/?x=1', github), { error: 'must not carry a query or a fragment' });
  assert.deepEqual(checkGithubApiBaseUrl('api.github.com', github), { error: 'must be an absolute URL' });
  assert.deepEqual(checkGithubApiBaseUrl('https://evil.example.com/api/v3', github), {
    error: 'host evil.example.com is not allowed (allowed: api.github.com, ghe.example.com; add others to ROLECALL_GITHUB_HOSTS)',
  });
});
