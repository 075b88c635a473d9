import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningSimulator } from '@rolecall/aws-sim';
import { collectAccount } from '../index';
import { PROD_CALLS, simulatorCallsFor } from './prod-calls.fixture';
import { PROD } from './prod-iam.fixture';
import { startTestSimulator, testContext } from './simulator.fixture';
import { testWorld } from './world.fixture';
import { LEGACY_CLUSTER_GAPS } from './prod-expected.fixture';

/** Operations an endpoint does not have, answered the ways AWS and emulators answer them. */
const UNSUPPORTED = [
  // EC2 "InvalidAction" 400.
  { match: { service: 'ec2', operation: 'GetInstanceMetadataDefaults' }, error: 'unsupported' as const },
  // EKS "UnknownOperationException" 404: a 404 with an AWS error code keeps it.
  { match: { service: 'eks', operation: 'ListPodIdentityAssociations' }, error: 'unsupported' as const },
  // HTML pages without an AWS error code, for each protocol: JSON, rest-JSON, Query.
  { match: { service: 'ecs', operation: 'DescribeContainerInstances' }, error: 'notFoundHtml' as const },
  { match: { service: 'eks', operation: 'ListFargateProfiles' }, error: 'notFoundHtml' as const },
  { match: { service: 'iam', operation: 'ListOpenIDConnectProviders' }, error: 'notFoundHtml' as const },
  { match: { service: 'autoscaling', operation: 'DescribeLaunchConfigurations' }, error: 'notImplementedHtml' as const },
];

describe('operations the endpoint does not have', () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startTestSimulator(testWorld(), {
      // Throttled twice: still retried.
      errors: [...UNSUPPORTED, { match: { service: 'ec2', operation: 'DescribeInstances' }, error: 'throttle', limit: 2 }],
    });
  });
  after(() => sim.stop());

  test('are asked once each and become gaps with a readable code; throttling is still retried', async () => {
    const result = await collectAccount(testContext({ maxAttempts: 10 }), { scanId: 'scan-unsupported', accountId: PROD });

    const html = (status: number) => `HTTP ${status} answer without an AWS error code (text/html)`;
    // Sorted: the two EKS clusters (both in eu-west-1) are read concurrently.
    assert.deepEqual(
      result.gaps.map((gap) => `${gap.service}:${gap.operation}@${gap.region} ${gap.errorCode}: ${gap.message}`).sort(),
      [
        `autoscaling:DescribeLaunchConfigurations@us-east-1 UnsupportedOperation: ${html(501)}`,
        ...['eu-west-1', 'us-east-1', 'us-west-2'].map(
          (region) => `ec2:GetInstanceMetadataDefaults@${region} InvalidAction: The action GetInstanceMetadataDefaults is not valid for this web service.`,
        ),
        `ecs:DescribeContainerInstances@us-east-1 UnsupportedOperation: ${html(404)}`,
        ...['legacy', 'payments'].map(() => `eks:ListFargateProfiles@eu-west-1 UnsupportedOperation: ${html(404)}`),
        ...['legacy', 'payments'].map(
          (cluster) => `eks:ListPodIdentityAssociations@eu-west-1 UnknownOperationException: No operation for GET /clusters/${cluster}/pod-identity-associations`,
        ),
        `iam:ListOpenIDConnectProviders@global UnsupportedOperation: ${html(404)}`,
        ...LEGACY_CLUSTER_GAPS.map((gap) => `${gap.service}:${gap.operation}@${gap.region} ${gap.errorCode}: ${gap.message}`),
      ],
    );
    // One attempt per call, as many as a scan without faults makes; the throttled call was retried twice.
    const attempts = (operation: string) => result.awsCalls[operation];
    for (const { match } of UNSUPPORTED) {
      const operation = `${match.service}:${match.operation}`;
      assert.equal(attempts(operation), PROD_CALLS[operation], operation);
    }
    assert.equal(attempts('ec2:DescribeInstances'), PROD_CALLS['ec2:DescribeInstances'] + 2);
    const { 'sts:AssumeRole': _assume, ...memberCalls } = result.awsCalls;
    assert.deepEqual(simulatorCallsFor(sim.calls(), PROD), memberCalls);
  });
});
