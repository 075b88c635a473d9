import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiClient, ApiError } from './api-client';

/** A fetch that records each request and answers from a list. */
function fakeFetch(answers: { status: number; body: unknown }[]) {
  const requests: { url: string; method: string; headers: Record<string, string>; body?: string }[] = [];
  const fetch = async (url: URL | string, init?: RequestInit) => {
    requests.push({ url: String(url), method: String(init?.method), headers: init?.headers as Record<string, string>, body: init?.body as string | undefined });
    const answer = answers.shift()!;
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

test('path parameters are encoded, lists are comma-separated, the token is a bearer token', async () => {
  const { requests, fetch } = fakeFetch([{ status: 200, body: { items: [], nextCursor: null } }]);
  const api = new ApiClient({ baseUrl: 'http://rolecall.test', token: 'rc_x', fetch });
  const page = await api.call('listScanFindings', { path: { id: 'a/b' }, query: { severity: ['high', 'critical'], limit: 5 } });
  assert.deepEqual(page, { items: [], nextCursor: null });
  assert.equal(requests[0].url, 'http://rolecall.test/v1/scans/a%2Fb/findings?severity=high%2Ccritical&limit=5');
  assert.deepEqual([requests[0].method, requests[0].headers.Authorization, requests[0].headers.Accept], ['GET', 'Bearer rc_x', 'application/json']);
});

test('a body is sent as JSON; 204 gives undefined; an error status throws ApiError with the error body', async () => {
  const { requests, fetch } = fakeFetch([
    { status: 202, body: { id: 'scan-1' } },
    { status: 204, body: null },
    { status: 404, body: { statusCode: 404, message: 'scan x not found', error: 'Not Found' } },
  ]);
  const api = new ApiClient({ baseUrl: 'http://rolecall.test', fetch });
  await api.call('createScan', { body: { scope: { organization: true } } });
  assert.deepEqual([requests[0].method, requests[0].body, requests[0].headers['Content-Type']], ['POST', '{"scope":{"organization":true}}', 'application/json']);
  assert.equal(await api.call('deleteSuppression', { path: { id: 's' } }), undefined);
  const error = await api.call('getScan', { path: { id: 'x' } }).catch((caught: unknown) => caught);
  assert.ok(error instanceof ApiError);
  assert.deepEqual([error.status, error.body?.message, error.message], [404, 'scan x not found', 'getScan -> 404: scan x not found']);
  // @ts-expect-error getScan needs its path parameter: the types come from the document
  await api.call('getScan', {}).catch(() => undefined);
});

test('all() follows nextCursor until the last page', async () => {
  const { requests, fetch } = fakeFetch([
    { status: 200, body: { items: [{ id: 1 }], nextCursor: 'c1' } },
    { status: 200, body: { items: [{ id: 2 }], nextCursor: null } },
  ]);
  const items = await new ApiClient({ baseUrl: 'http://rolecall.test', fetch }).all('listScans', { query: { limit: 1 } });
  assert.deepEqual(items, [{ id: 1 }, { id: 2 }]);
  assert.deepEqual(requests.map((request) => new URL(request.url).search), ['?limit=1', '?limit=1&cursor=c1']);
});
