import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningSimulator } from '@rolecall/aws-sim';
import { collectAccount } from '../index';
import { PROD_CALLS, simulatorCallsFor } from './prod-calls.fixture';
import { PROD_INVENTORY } from './prod-expected.fixture';
import { PROD } from './prod-iam.fixture';
import { startTestSimulator, testContext } from './simulator.fixture';
import { testWorld } from './world.fixture';

describe('throttling at a high rate', () => {
  let sim: RunningSimulator;
  before(async () => {
    // A third of all calls, AssumeRole included, answer with the service's throttling error.
    sim = await startTestSimulator(testWorld(), { seed: 7, errors: [{ error: 'throttle', rate: 0.3 }] });
  });
  after(() => sim.stop());

  test('still collects the whole account, and counts every retry', async () => {
    const ctx = testContext({ maxAttempts: 20 });
    const result = await collectAccount(ctx, { scanId: 'scan-throttled', accountId: PROD, accountName: 'workloads-prod' });
    assert.deepEqual(result.gaps, PROD_INVENTORY.gaps);
    assert.deepEqual(result.inventory, PROD_INVENTORY);
    const { 'sts:AssumeRole': _assume, ...memberCalls } = result.awsCalls;
    const seen = simulatorCallsFor(sim.calls(), PROD);
    assert.deepEqual(memberCalls, seen);
    const throttled = sim.calls().calls.filter((row) => row.account === PROD && row.outcome !== 'ok');
    const retries = throttled.reduce((sum, row) => sum + row.count, 0);
    assert.ok(retries > 0, 'some calls were throttled');
    const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, n) => sum + n, 0);
    const { 'sts:AssumeRole': _one, ...baseline } = PROD_CALLS;
    assert.equal(total(memberCalls), total(baseline) + retries);
    assert.deepEqual(new Set(throttled.map((row) => row.outcome)), new Set(throttled.map((row) => throttleCode(row.service))));
  });
});

/** Each service's own throttling code, as the simulator (and AWS) answer. */
function throttleCode(service: string): string {
  return ({ ec2: 'RequestLimitExceeded', iam: 'Throttling', autoscaling: 'Throttling', k8s: 'TooManyRequests' } as Record<string, string>)[service] ?? 'ThrottlingException';
}
