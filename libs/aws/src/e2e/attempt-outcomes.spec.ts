import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningSimulator } from '@rolecall/aws-sim';
import { collectAccount } from '../index';
import { PROD_CALLS, simulatorCallsFor } from './prod-calls.fixture';
import { PROD } from './prod-iam.fixture';
import { startTestSimulator, testContext } from './simulator.fixture';
import { testWorld } from './world.fixture';
import { LEGACY_CLUSTER_GAPS } from './prod-expected.fixture';

describe('the outcome of every AWS attempt', () => {
  let sim: RunningSimulator;
  before(async () => {
    // Faults with limits, so the counts are exact whatever order the concurrent calls run in.
    sim = await startTestSimulator(testWorld(), {
      errors: [
        // Query protocol, HTTP 400 "Throttling".
        { match: { service: 'sts', operation: 'AssumeRole' }, error: 'throttle', limit: 1 },
        // JSON protocol, HTTP 400 "ThrottlingException".
        { match: { service: 'ecs', operation: 'ListClusters' }, error: 'throttle', limit: 2 },
        // EC2 throttles with HTTP 503 "RequestLimitExceeded": throttled, not a server error.
        { match: { service: 'ec2', operation: 'DescribeInstances' }, error: 'throttle', limit: 3 },
        // HTTP 403 "UnauthorizedOperation": not retried, a gap in one region.
        { match: { service: 'ec2', operation: 'GetInstanceMetadataDefaults' }, error: 'accessDenied', limit: 1 },
        // HTTP 500 "ServerException": retried.
        { match: { service: 'eks', operation: 'ListClusters' }, error: 'internalError', limit: 1 },
      ],
    });
  });
  after(() => sim.stop());

  test('counts successes, throttles (retried ones too), client and server errors per service', async () => {
    const result = await collectAccount(testContext({ maxAttempts: 10 }), { scanId: 'scan-outcomes', accountId: PROD });

    assert.deepEqual(result.awsOutcomes, {
      'sts:success': 1,
      'sts:throttled': 1,
      'iam:success': 12,
      'ec2:success': 12,
      'ec2:throttled': 3,
      'ec2:client_error': 1,
      'autoscaling:success': 4,
      'ecs:success': 16,
      'ecs:throttled': 2,
      'eks:success': 19,
      'eks:server_error': 1,
      'k8s:success': 4,
    });
    // The per-operation tally keeps its shape: every attempt, retries included.
    assert.deepEqual(result.awsCalls, {
      ...PROD_CALLS,
      'sts:AssumeRole': 2,
      'ecs:ListClusters': 5,
      'ec2:DescribeInstances': 6,
      'eks:ListClusters': 4,
    });
    assert.deepEqual(
      result.gaps.map((gap) => `${gap.service}:${gap.operation} ${gap.errorCode}`),
      ['ec2:GetInstanceMetadataDefaults UnauthorizedOperation', ...LEGACY_CLUSTER_GAPS.map((gap) => `${gap.service}:${gap.operation} ${gap.errorCode}`)],
    );
    // The simulator saw the same attempts.
    const { 'sts:AssumeRole': _assume, ...memberCalls } = result.awsCalls;
    assert.deepEqual(simulatorCallsFor(sim.calls(), PROD), memberCalls);
  });
});
