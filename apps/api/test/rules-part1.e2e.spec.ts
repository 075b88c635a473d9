import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorld, sampleWorldPath } from '@rolecall/aws-sim';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { HUB, SPOKE, STALE_ISSUER, TARGET, rulesPart1World } from './rules-part1-world';

/** The rules of issue 5 (trust, workload permissions, organization reach); other rules may fire too. */
const MY_RULES = new Set([
  'iam.role.trust-public',
  'iam.role.trust-external-account',
  'iam.role.ecs-tasks-confused-deputy',
  'iam.role.irsa-sub-missing',
  'iam.role.irsa-sub-wildcard',
  'iam.role.irsa-sub-ineffective',
  'iam.role.irsa-provider-missing',
  'iam.role.pod-identity-trust-unscoped',
  'eks.pod-identity-association.default-service-account',
  'eks.pod-identity-association.target-role-outside-org',
  'iam.role.trust-dangling-principal',
  'iam.workload-role.admin-equivalent',
  'iam.workload-role.privilege-escalation',
  'iam.workload-role.broad-managed-policy',
  'iam.workload-role.unused-services',
  'iam.workload-role.cross-account-admin-reach',
  'iam.role.irsa-provider-orphaned',
  'iam.role.ci-oidc-sub-unscoped',
  'iam.role.ci-oidc-sub-broad',
]);

const PROD = '222222222222';
const role = (name: string) => `arn:aws:iam::${PROD}:role/${name}`;

interface StoredFinding {
  ruleId: string;
  severity: string;
  accountId: string;
  resource: { arn: string };
  evidence: Record<string, unknown>;
}

async function allPages<T>(stack: Stack, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const response = await stack.http().get(`${path}${path.includes('?') ? '&' : '?'}limit=100${query}`).set(bearer(ADMIN_TOKEN));
    assert.equal(response.status, 200, JSON.stringify(response.body));
    items.push(...(response.body.items as T[]));
    cursor = response.body.nextCursor as string | null;
    if (cursor === null) return items;
  }
  throw new Error(`${path}: more than 100 pages`);
}

describe('rules part 1 end to end on the sample organization', () => {
  let stack: Stack;
  let scanId: string;
  before(async () => {
    stack = await startStack({ engine: 'pglite', world: loadWorld(sampleWorldPath()) });
    const created = await stack.http().post('/v1/scans').set(bearer(ADMIN_TOKEN)).send({ scope: { organization: true } });
    assert.equal(created.status, 202);
    scanId = created.body.id as string;
    const scan = await waitForScan(stack, scanId);
    assert.ok(['succeeded', 'partial'].includes(scan.status as string), `scan ended ${String(scan.status)}`);
  });
  after(() => stack.close());

  test('the scan yields exactly the expected trust, permission and reach findings', async () => {
    const findings = (await allPages<StoredFinding>(stack, `/v1/scans/${scanId}/findings`)).filter((f) => MY_RULES.has(f.ruleId));
    const actual = findings.map((f) => `${f.ruleId} ${f.severity} ${f.resource.arn}`).sort();
    assert.deepEqual(actual, [
      `eks.pod-identity-association.default-service-account medium arn:aws:eks:eu-west-1:${PROD}:podidentityassociation/prod-eks/a-0analytics000000x`,
      `iam.role.ci-oidc-sub-broad high ${role('gha-deploy-org-wide')}`,
      `iam.role.ci-oidc-sub-unscoped critical ${role('gha-deploy-unscoped')}`,
      `iam.role.ecs-tasks-confused-deputy low ${role('batch-task-role')}`,
      `iam.role.irsa-sub-missing high ${role('eks-irsa-nosub')}`,
      `iam.role.irsa-sub-wildcard high ${role('eks-irsa-wildcard')}`,
      `iam.role.pod-identity-trust-unscoped medium ${role('eks-pod-identity-open')}`,
      `iam.role.trust-external-account high ${role('vendor-integration')}`,
      `iam.role.trust-external-account low ${role('vendor-monitoring')}`,
      `iam.workload-role.admin-equivalent critical ${role('orders-task-role')}`,
      `iam.workload-role.unused-services medium ${role('orders-task-role')}`,
    ]);
    const unused = findings.find((f) => f.ruleId === 'iam.workload-role.unused-services');
    assert.deepEqual(unused?.evidence.unusedServices, ['iam', 's3']);
    assert.deepEqual(unused?.evidence.proposedPolicy, { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] });
    const admin = findings.find((f) => f.ruleId === 'iam.workload-role.admin-equivalent');
    assert.deepEqual(admin?.evidence, { workloads: ['ecs-task orders'], basis: 'all-actions', selfGrantActions: [], policies: ['arn:aws:iam::aws:policy/AdministratorAccess'] });
  });

  test('the identity map of the workloads account', async () => {
    const rows = await allPages<Record<string, unknown>>(stack, `/v1/scans/${scanId}/identities?accountId=${PROD}`);
    assert.deepEqual(rows.map((r) => [r.workloadType, r.workload, r.roleArn, r.cluster ?? null, r.namespace ?? null, r.adminEquivalent, r.trustWeaknesses]), [
      ['ecs-task', 'batch-worker', role('batch-task-role'), null, null, false, ['ecs-tasks-confused-deputy']],
      ['ecs-execution', 'batch-worker', role('ecs-task-execution'), null, null, false, []],
      ['ecs-task', 'orders', role('orders-task-role'), null, null, true, []],
      ['ecs-execution', 'orders', role('ecs-task-execution'), null, null, false, []],
      ['ecs-task', 'payments', role('payments-task-role'), null, null, false, []],
      ['ecs-execution', 'payments', role('ecs-task-execution'), null, null, false, []],
      ['irsa', '*/*', role('eks-irsa-nosub'), 'prod-eks', '*', false, ['irsa-sub-missing']],
      ['irsa', '*/*', role('eks-irsa-wildcard'), 'prod-eks', '*', false, ['irsa-sub-wildcard-all']],
      ['irsa', 'payments/api', role('eks-irsa-scoped'), 'prod-eks', 'payments', false, []],
      ['pod-identity', 'analytics/default', role('eks-pod-identity-open'), 'prod-eks', 'analytics', false, ['pod-identity-unscoped']],
      ['pod-identity', 'payments/ledger', role('eks-pod-identity-scoped'), 'prod-eks', 'payments', false, []],
      ['fargate-pod-execution', 'batch', role('eks-fargate-pod-execution'), 'prod-eks', null, false, []],
      ['eks-node', 'general', role('eks-node-role'), 'prod-eks', null, false, []],
      ['eks-node', 'data', role('eks-node-role-data'), 'prod-eks', null, false, []],
    ]);
    const admins = await allPages<Record<string, unknown>>(stack, `/v1/scans/${scanId}/identities?adminEquivalent=true`);
    assert.deepEqual(admins.map((r) => r.roleArn), [role('orders-task-role')]);
    const irsa = await allPages<Record<string, unknown>>(stack, `/v1/scans/${scanId}/identities?workloadType=irsa&cluster=prod-eks&namespace=payments`);
    assert.deepEqual(irsa.map((r) => [r.workload, r.serviceAccount, r.region]), [['payments/api', 'api', 'eu-west-1']]);
    const bad = await stack.http().get(`/v1/scans/${scanId}/identities?team=x`).set(bearer(ADMIN_TOKEN));
    assert.equal(bad.status, 400);
  });
});

describe('rules part 1 end to end on a world with cross-account reach', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ engine: 'postgres', world: rulesPart1World });
  });
  after(() => stack.close());

  test('the organization stage reports the path to the admin role; account rules report the rest', async () => {
    const created = await stack.http().post('/v1/scans').set(bearer(ADMIN_TOKEN)).send({ scope: { organization: true } });
    assert.equal(created.status, 202);
    const scan = await waitForScan(stack, created.body.id as string);
    assert.equal(scan.status, 'succeeded');
    const findings = (await allPages<StoredFinding>(stack, `/v1/scans/${created.body.id}/findings`)).filter((f) => MY_RULES.has(f.ruleId));
    const arn = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.severity} ${f.accountId} ${f.resource.arn}`).sort(), [
      `iam.role.irsa-provider-missing low ${SPOKE} ${arn(SPOKE, 'irsa-stale')}`,
      `iam.role.irsa-provider-orphaned low ${SPOKE} ${arn(SPOKE, 'irsa-stale')}`,
      `iam.role.trust-dangling-principal low ${HUB} ${arn(HUB, 'old-ci')}`,
      `iam.role.trust-public critical ${HUB} ${arn(HUB, 'open-role')}`,
      `iam.workload-role.cross-account-admin-reach critical ${HUB} ${arn(HUB, 'web-task')}`,
    ]);
    const reach = findings.find((f) => f.ruleId === 'iam.workload-role.cross-account-admin-reach');
    assert.deepEqual(reach?.evidence, {
      path: [arn(HUB, 'web-task'), arn(SPOKE, 'hop'), arn(TARGET, 'admin')],
      targetAccountId: TARGET,
      conditional: false,
      workloads: ['ecs-task web'],
    });
    const orphaned = findings.find((f) => f.ruleId === 'iam.role.irsa-provider-orphaned');
    assert.deepEqual(orphaned?.evidence, { issuer: STALE_ISSUER, adminEquivalent: false });
  });
});
