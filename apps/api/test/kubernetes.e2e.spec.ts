import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorld, sampleWorldPath } from '@rolecall/aws-sim';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';

/** The rules that read the clusters' Kubernetes API; other rules' findings are not this spec's business. */
const KUBERNETES_RULES = new Set([
  'eks.service-account.irsa-role-mismatch',
  'eks.aws-auth.system-masters',
  'eks.cluster-role-binding.cluster-admin-broad-group',
  'eks.pod.privileged-container',
  'eks.pod.host-namespaces',
  'eks.pod.sensitive-host-path',
  'eks.pod.dangerous-capabilities',
]);

const DEV_EKS = 'arn:aws:eks:us-east-1:333333333333:cluster/dev-eks';
const PROD_EKS = 'arn:aws:eks:eu-west-1:222222222222:cluster/prod-eks';
const inDev = (path: string) => `k8s://${DEV_EKS}/${path}`;

/**
 * dev-eks, read through its aws-auth mapping of the audit role: a service account annotated with aws-node-cni (whose
 * trust admits only kube-system/aws-node) and one with a role of workloads-prod; two system:masters mappings (a role,
 * a user); cluster-admin for system:unauthenticated and system:serviceaccounts; a privileged toolbox; aws-node on the
 * host network adding NET_ADMIN, and node-exporter sharing PID and IPC and mounting the node's root.
 * Silent look-alikes: kube-system/aws-node (correctly bound), the hardened exporter pod (adding only NET_BIND_SERVICE), the loader pod's /mnt/cache,
 * the node role's and the audit role's mappings, the default cluster-admin binding to system:masters, a ServiceAccount
 * made cluster-admin (named), system:authenticated bound to view.
 */
const EXPECTED: [string, string][] = [
  ['eks.service-account.irsa-role-mismatch', inDev('reports/ServiceAccount/exporter')],
  ['eks.service-account.irsa-role-mismatch', inDev('analytics/ServiceAccount/loader')],
  ['eks.aws-auth.system-masters', inDev('kube-system/ConfigMap/aws-auth')],
  ['eks.aws-auth.system-masters', inDev('kube-system/ConfigMap/aws-auth')],
  ['eks.cluster-role-binding.cluster-admin-broad-group', inDev('_cluster/ClusterRoleBinding/anonymous-admin')],
  ['eks.cluster-role-binding.cluster-admin-broad-group', inDev('_cluster/ClusterRoleBinding/all-serviceaccounts-admin')],
  ['eks.pod.privileged-container', inDev('debug/Pod/toolbox-6d7f-z1x2c')],
  ['eks.pod.host-namespaces', inDev('kube-system/Pod/aws-node-7xk2p')],
  ['eks.pod.host-namespaces', inDev('monitoring/Pod/node-exporter-9f8k2')],
  ['eks.pod.sensitive-host-path', inDev('monitoring/Pod/node-exporter-9f8k2')],
  ['eks.pod.dangerous-capabilities', inDev('kube-system/Pod/aws-node-7xk2p')],
];

describe('the clusters\' Kubernetes API over the sample organization', () => {
  let stack: Stack;
  let scanId: string;
  before(async () => {
    stack = await startStack({ engine: 'pglite', world: loadWorld(sampleWorldPath()) });
    const created = await stack.http().post('/v1/scans').set(bearer(ADMIN_TOKEN)).send({ scope: { organization: true }, regions: ['us-east-1', 'eu-west-1'] });
    assert.equal(created.status, 202);
    scanId = created.body.id;
    await waitForScan(stack, scanId, 120_000);
  });
  after(() => stack.close());

  async function pages<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page: { status: number; body: { items: unknown[]; nextCursor: string | null } } = await stack
        .http()
        .get(`${path}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
        .set(bearer(ADMIN_TOKEN));
      assert.equal(page.status, 200, JSON.stringify(page.body));
      items.push(...(page.body.items as T[]));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    return items;
  }

  test('the readable cluster yields exactly the expected findings; look-alikes stay silent', async () => {
    const findings = await pages<{ ruleId: string; resource: { arn: string } }>(`/v1/scans/${scanId}/findings`);
    const found = findings.filter((finding) => KUBERNETES_RULES.has(finding.ruleId)).map((finding): [string, string] => [finding.ruleId, finding.resource.arn]);
    const order = ([rule, arn]: [string, string]) => `${rule} ${arn}`;
    assert.deepEqual(found.map(order).sort(), EXPECTED.map(order).sort());
  });

  test('the cluster without an access entry for the audit role is not assessed, with the reason, and its account is scanned', async () => {
    const entries = await pages<{ ruleId: string; accountId: string; region: string; resource: { arn: string } | null; missing: { service: string; operation: string; errorCode: string }[] }>(
      `/v1/scans/${scanId}/not-assessed`,
    );
    const onProdEks = entries.filter((entry) => entry.resource?.arn === PROD_EKS);
    assert.deepEqual(onProdEks.map((entry) => entry.ruleId).sort(), [...KUBERNETES_RULES].sort());
    for (const entry of onProdEks) {
      assert.equal(entry.region, 'eu-west-1');
      assert.ok(entry.missing.length > 0 && entry.missing.every((missing) => missing.service === 'k8s' && missing.errorCode === 'Unauthorized'), JSON.stringify(entry));
    }
    // Nothing else about the clusters' Kubernetes API is missing: dev-eks was read in full.
    const k8sElsewhere = entries.filter((entry) => entry.missing.some((missing) => missing.service === 'k8s') && entry.resource?.arn !== PROD_EKS);
    assert.deepEqual(k8sElsewhere, []);
  });
});
