import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningSimulator } from '@rolecall/aws-sim';
import { collectAccount } from '../index';
import { PROD } from './prod-iam.fixture';
import { startTestSimulator, testContext } from './simulator.fixture';
import { testWorld } from './world.fixture';

describe('cancellation', () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startTestSimulator(testWorld());
  });
  after(() => sim.stop());

  test('a scan cancelled before the account starts costs only the AssumeRole', async () => {
    const result = await collectAccount(testContext(), { scanId: 'scan-cancel', accountId: PROD, isCancelled: () => true });
    assert.equal(result.cancelled, true);
    assert.deepEqual(result.awsCalls, { 'sts:AssumeRole': 1 });
    assert.deepEqual(result.inventory.regions, []);
    assert.deepEqual(result.inventory.iam.roles, []);
  });

  test('a scan cancelled mid-way stops before the next region and skips Access Advisor', async () => {
    let checks = 0;
    const isCancelled = async () => ++checks > 2; // the start, the first region; then cancelled
    const ctx = testContext({ regionConcurrency: 1 });
    const result = await collectAccount(ctx, { scanId: 'scan-cancel', accountId: PROD, regions: ['eu-west-1', 'us-east-1'], isCancelled });
    assert.equal(result.cancelled, true);
    assert.deepEqual(result.inventory.regions, ['eu-west-1']);
    assert.equal(result.inventory.eks.clusters.length, 2);
    assert.deepEqual(result.inventory.ecs.clusters, []);
    assert.equal(result.awsCalls['iam:GenerateServiceLastAccessedDetails'], undefined);
    assert.equal(result.inventory.iam.roles.length, 7);
  });
});
