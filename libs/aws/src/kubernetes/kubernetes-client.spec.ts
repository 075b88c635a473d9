import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsCallError } from '../errors';
import { DEFAULT_KUBERNETES_LIMITS, type KubernetesLimits } from './kubernetes-limits';
import { KubernetesClient } from './kubernetes-client';

/** A stand-in API server: answers from a table of path -> [status, body], and records what it was asked. */
function fakeApi(answers: Map<string, [number, unknown][]>) {
  const asked: { url: string; authorization: string | undefined }[] = [];
  const server = createServer((req, res) => {
    asked.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const queue = answers.get(req.url ?? '') ?? [[404, '<html>no</html>']];
    const [status, body] = queue.length > 1 ? queue.shift()! : queue[0];
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  return { server, asked };
}

const LIMITS: KubernetesLimits = { ...DEFAULT_KUBERNETES_LIMITS, pageSize: 2, maxPages: 3, maxAttempts: 2, allowInsecureLoopback: true };
const status = (code: number, reason: string) => ({ kind: 'Status', code, reason });

describe('the Kubernetes client', () => {
  const answers = new Map<string, [number, unknown][]>();
  const { server, asked } = fakeApi(answers);
  let endpoint: string;
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/k8s/prefix`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const client = (limits = LIMITS) => new KubernetesClient({ name: 'app', region: 'us-east-1', endpoint }, async () => 'k8s-aws-v1.token', limits);
  const failure = (code: string) => (error: unknown) => error instanceof AwsCallError && error.service === 'k8s' && error.code === code;

  test('pages a LIST with limit and continue, with the bearer token, under the endpoint\'s path', async () => {
    answers.set('/k8s/prefix/api/v1/pods?limit=2', [[200, { items: [1, 2], metadata: { continue: 'c1' } }]]);
    answers.set('/k8s/prefix/api/v1/pods?limit=2&continue=c1', [[200, { items: [3], metadata: {} }]]);
    assert.deepEqual(await client().list('ListPods'), [1, 2, 3]);
    assert.equal(asked.at(-1)?.authorization, 'Bearer k8s-aws-v1.token');
  });

  test('fails a LIST whole past its page budget rather than return part of it', async () => {
    answers.set('/k8s/prefix/api/v1/serviceaccounts?limit=2', [[200, { items: [1, 2], metadata: { continue: 'again' } }]]);
    answers.set('/k8s/prefix/api/v1/serviceaccounts?limit=2&continue=again', [[200, { items: [3, 4], metadata: { continue: 'again' } }]]);
    await assert.rejects(client().list('ListServiceAccounts'), failure('BudgetExceeded'));
  });

  test('keeps the API\'s reason as the code; a proxy\'s 404 page is Http404; 429 is tried again', async () => {
    answers.set('/k8s/prefix/apis/rbac.authorization.k8s.io/v1/clusterrolebindings?limit=2', [[401, status(401, 'Unauthorized')]]);
    await assert.rejects(client().list('ListClusterRoleBindings'), failure('Unauthorized'));
    answers.set('/k8s/prefix/api/v1/pods?limit=2', [[429, status(429, 'TooManyRequests')], [200, { items: [9] }]]);
    assert.deepEqual(await client().list('ListPods'), [9]);
    answers.set('/k8s/prefix/api/v1/pods?limit=2', [[404, '<html>404</html>']]);
    await assert.rejects(client().list('ListPods'), failure('Http404'));
  });

  test('a missing aws-auth is no ConfigMap, not a failure', async () => {
    answers.set('/k8s/prefix/api/v1/namespaces/kube-system/configmaps/aws-auth', [[404, status(404, 'NotFound')]]);
    assert.equal(await client().getObject('GetConfigMap'), undefined);
  });

  test('without the test-only escape, a loopback endpoint is refused before any request', async () => {
    const before = asked.length;
    await assert.rejects(client({ ...LIMITS, allowInsecureLoopback: false }).list('ListPods'), failure('EgressRefused'));
    assert.equal(asked.length, before);
  });
});
