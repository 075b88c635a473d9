import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findRule, findingFingerprint } from '@rolecall/rules';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { LOCKED, MANAGEMENT, PRIVILEGED_TASK_DEFINITION_ARN, WORKLOADS, foundationWorld } from './foundation-world';

for (const engine of TEST_ENGINES) {
  describe(`scan lifecycle on ${engine}`, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({ engine, world: foundationWorld });
    });
    after(() => stack.close());

    test('a scan of listed accounts runs to succeeded and its findings read back exactly', async () => {
      const created = await stack
        .http()
        .post('/v1/scans')
        .set(bearer(ADMIN_TOKEN))
        .send({ scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'] });
      assert.equal(created.status, 202);
      assert.equal(created.body.status, 'queued');
      assert.equal(created.headers.location, `/v1/scans/${created.body.id}`);
      assert.deepEqual(created.body.scope, { accounts: [MANAGEMENT, WORKLOADS] });

      const scan = await waitForScan(stack, created.body.id);
      assert.equal(scan.status, 'succeeded');
      assert.equal(scan.accountTotal, 2);
      assert.deepEqual(scan.progress, { queued: 0, running: 0, succeeded: 2, partial: 0, failed: 0, cancelled: 0 });
      assert.deepEqual(scan.findingCounts, { critical: 0, high: 1, medium: 1, low: 2, info: 2 });
      const accounts = scan.accounts as { accountId: string; status: string; error: string | null; findingCount: number; attempts: number }[];
      assert.deepEqual(
        accounts.map(({ accountId, status, error, findingCount, attempts }) => ({ accountId, status, error, findingCount, attempts })),
        [
          { accountId: MANAGEMENT, status: 'succeeded', error: null, findingCount: 6, attempts: 1 },
          { accountId: WORKLOADS, status: 'succeeded', error: null, findingCount: 0, attempts: 1 },
        ],
      );

      const findings = await stack.http().get(`/v1/scans/${created.body.id}/findings`).set(bearer(ADMIN_TOKEN));
      assert.equal(findings.status, 200);
      assert.equal(findings.body.nextCursor, null);
      // The hardening rules also see web:3's unset users, writable root filesystems and missing task role on EC2.
      const items = findings.body.items as { id: string; ruleId: string; resource: { name: string } }[];
      assert.deepEqual(items.map((item) => `${item.ruleId} ${item.resource.name}`).sort(), [
        'ecs.task-definition.no-task-role-on-ec2 web:3',
        'ecs.task-definition.privileged-container web:3',
        'ecs.task-definition.user-not-verified web:3',
        'ecs.task-definition.user-not-verified web:3',
        'ecs.task-definition.writable-root-filesystem web:3',
        'ecs.task-definition.writable-root-filesystem web:3',
      ]);
      const { id, ...finding } = findings.body.items.find((item: { ruleId: string }) => item.ruleId === 'ecs.task-definition.privileged-container');
      assert.match(id, /^[0-9a-f-]{36}$/);
      assert.deepEqual(finding, {
        fingerprint: findingFingerprint('ecs.task-definition.privileged-container', PRIVILEGED_TASK_DEFINITION_ARN, 'proxy'),
        ruleId: 'ecs.task-definition.privileged-container',
        severity: 'high',
        title: 'ECS container runs privileged',
        message: 'Container "proxy" in task definition web:3 runs privileged.',
        accountId: MANAGEMENT,
        region: 'us-east-1',
        resource: { arn: PRIVILEGED_TASK_DEFINITION_ARN, type: 'AWS::ECS::TaskDefinition', name: 'web:3' },
        relatedResources: [],
        evidence: { container: 'proxy', privileged: true, networkMode: 'awsvpc', latestActive: true },
        remediation: finding.remediation,
        risk: findRule('ecs.task-definition.privileged-container')?.metadata.risk,
        references: [
          'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
          'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4',
        ],
        carried: null,
        state: 'new',
        suppression: null,
      });
      assert.match(finding.remediation, /Remove "privileged": true/);
      assert.match(String(finding.risk), /^A privileged container has every Linux capability/);
    });

    test('an organization scan with an unreachable account ends partial and names the account error', async () => {
      const created = await stack
        .http()
        .post('/v1/scans')
        .set(bearer(ADMIN_TOKEN))
        .send({ scope: { organization: true }, regions: ['us-east-1'] });
      assert.equal(created.status, 202);
      const scan = await waitForScan(stack, created.body.id);
      assert.equal(scan.status, 'partial');
      assert.equal(scan.error, '1 of 3 accounts failed');
      const accounts = scan.accounts as { accountId: string; accountName: string; status: string; error: string | null }[];
      assert.deepEqual(
        accounts.map(({ accountId, accountName, status }) => ({ accountId, accountName, status })),
        [
          { accountId: MANAGEMENT, accountName: 'management', status: 'succeeded' },
          { accountId: WORKLOADS, accountName: 'workloads', status: 'succeeded' },
          { accountId: LOCKED, accountName: 'locked', status: 'failed' },
        ],
      );
      assert.match(accounts[2]?.error ?? '', /AccessDenied/);
      assert.match(accounts[2]?.error ?? '', new RegExp(`arn:aws:iam::${LOCKED}:role/RolecallAudit`));
    });

    test('scans list newest first with a cursor that continues where the page ended', async () => {
      const first = await stack.http().get('/v1/scans?limit=1').set(bearer(ADMIN_TOKEN));
      assert.equal(first.status, 200);
      assert.equal(first.body.items.length, 1);
      assert.equal(first.body.items[0].scope.organization, true);
      assert.equal(typeof first.body.nextCursor, 'string');
      const second = await stack.http().get(`/v1/scans?limit=1&cursor=${first.body.nextCursor}`).set(bearer(ADMIN_TOKEN));
      assert.deepEqual(second.body.items[0].scope, { accounts: [MANAGEMENT, WORKLOADS] });
      assert.equal(second.body.nextCursor, null);
    });

    test('health reports Redis and the database ready', async () => {
      const health = await stack.http().get('/health');
      assert.equal(health.status, 200);
      assert.deepEqual(health.body, { status: 'ready', live: true, checks: { database: 'up', redis: 'up' } });
    });
  });
}
