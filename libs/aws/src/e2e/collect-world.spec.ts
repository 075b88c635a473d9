import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningSimulator } from '@rolecall/aws-sim';
import { AccountAccessError, collectAccount, discoverOrganization, type AwsContext } from '../index';
import { expectedPlainInventory } from './plain-expected.fixture';
import { PROD_INVENTORY } from './prod-expected.fixture';
import { PROD_CALLS, simulatorCallsFor } from './prod-calls.fixture';
import { startTestSimulator, testContext } from './simulator.fixture';
import { testWorld } from './world.fixture';

describe('collecting a multi-account, multi-region organization through the simulator', () => {
  let sim: RunningSimulator;
  let ctx: AwsContext;
  before(async () => {
    sim = await startTestSimulator(testWorld());
    ctx = testContext();
  });
  after(() => sim.stop());

  test('discovery lists every ACTIVE account with its name, not the suspended one', async () => {
    assert.deepEqual(await discoverOrganization(ctx), {
      organizationId: 'o-rolecalltest1',
      accounts: [
        { id: '111111111111', name: 'management' },
        { id: '222222222222', name: 'workloads-prod' },
        { id: '333333333333', name: 'sandbox' },
        { id: '555555555555', name: 'no-audit-role' },
      ],
    });
  });

  test('the rich account is collected exactly, in every enabled region, with no gap but the private cluster\'s Kubernetes API', async () => {
    sim.resetCalls();
    const result = await collectAccount(ctx, { scanId: 'scan-world', accountId: '222222222222', accountName: 'workloads-prod' });
    assert.deepEqual(result.inventory, PROD_INVENTORY);
    assert.deepEqual(result.gaps, PROD_INVENTORY.gaps);
    assert.deepEqual(
      result.gaps.map((gap) => `${gap.service}:${gap.operation} ${gap.errorCode} ${gap.resource}`),
      ['GetConfigMap', 'ListClusterRoleBindings', 'ListPods', 'ListServiceAccounts'].map((op) => `k8s:${op} PrivateEndpoint arn:aws:eks:eu-west-1:222222222222:cluster/legacy`),
    );
    assert.equal(result.cancelled, false);
    assert.deepEqual(result.awsCalls, PROD_CALLS);
    // The counts agree with what the simulator saw (AssumeRole is the scanner's own call).
    const { 'sts:AssumeRole': assumeRoles, ...memberCalls } = PROD_CALLS;
    assert.deepEqual(simulatorCallsFor(sim.calls(), '222222222222'), memberCalls);
    assert.equal(assumeRoles, 1);
    assert.equal(simulatorCallsFor(sim.calls(), '111111111111')['sts:AssumeRole'], 1);
  });

  test('the other accounts are collected exactly; the one without the member role is refused', async () => {
    const management = await collectAccount(ctx, { scanId: 'scan-world', accountId: '111111111111', accountName: 'management' });
    assert.deepEqual(management.inventory, expectedPlainInventory('111111111111', 'management', ['us-east-1']));
    const sandbox = await collectAccount(ctx, { scanId: 'scan-world', accountId: '333333333333', accountName: 'sandbox' });
    assert.deepEqual(sandbox.inventory, expectedPlainInventory('333333333333', 'sandbox', ['ap-southeast-2', 'us-east-1'], 3));
    await assert.rejects(
      collectAccount(ctx, { scanId: 'scan-world', accountId: '555555555555' }),
      (error: unknown) => error instanceof AccountAccessError && error.code === 'AccessDenied' && error.accountId === '555555555555',
    );
  });
});
