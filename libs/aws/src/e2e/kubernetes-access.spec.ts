// The cluster side of reading Kubernetes: what the simulator's clusters accept, through the collector's own
// token and client. A token is good for one cluster only; a role without an access entry (or aws-auth mapping)
// is Unauthorized; one whose entry has no viewing policy is Forbidden.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorld, sampleWorldPath, type RunningSimulator, type World } from '@rolecall/aws-sim';
import { AwsCallError } from '../errors';
import { eksToken } from '../kubernetes/eks-token';
import { KubernetesClient } from '../kubernetes/kubernetes-client';
import { DEFAULT_KUBERNETES_LIMITS } from '../kubernetes/kubernetes-limits';
import { openMemberSession } from '../sessions';
import { startTestSimulator, testContext } from './simulator.fixture';

const DEV = '333333333333';
const PROD = '222222222222';

/** The sample organization, with prod-eks giving the audit role an access entry that grants nothing. */
function worldWithPolicylessEntry(): World {
  const world = loadWorld(sampleWorldPath());
  const prodEks = world.accounts.find((account) => account.id === PROD)?.regional?.['eu-west-1']?.eks?.clusters?.[0];
  assert.ok(prodEks);
  // loadWorld's output is served as is: the entry is written whole, defaults included.
  const entry = { principalArn: `arn:aws:iam::${PROD}:role/RolecallAudit`, createdAt: '2024-01-01T00:00:00Z', type: 'STANDARD' as const, kubernetesGroups: [], tags: {}, accessPolicies: [] };
  prodEks.accessEntries = [...(prodEks.accessEntries ?? []), entry];
  return world;
}

describe('who a simulated cluster lets read its Kubernetes API', () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startTestSimulator(worldWithPolicylessEntry());
  });
  after(() => sim.stop());

  async function read(accountId: string, region: string, cluster: string, tokenFor = cluster) {
    const session = openMemberSession(testContext({ externalId: 'rolecall-demo' }), accountId, 'k8s-access');
    const token = async () => eksToken({ clusterName: tokenFor, region, credentials: await session.signingCredentials() });
    const endpoint = `${sim.url}/k8s/${accountId}/${region}/${cluster}`;
    const client = new KubernetesClient({ name: cluster, region, endpoint }, token, { ...DEFAULT_KUBERNETES_LIMITS, allowInsecureLoopback: true });
    try {
      return (await client.list('ListServiceAccounts')).length;
    } catch (error) {
      if (error instanceof AwsCallError) return error.code;
      throw error;
    } finally {
      session.close();
    }
  }

  test('the audit role mapped in aws-auth reads the cluster with a token made for it', async () => {
    assert.equal(await read(DEV, 'us-east-1', 'dev-eks'), 4);
  });

  test('a token made for another cluster is refused', async () => {
    assert.equal(await read(DEV, 'us-east-1', 'dev-eks', 'prod-eks'), 'Unauthorized');
  });

  test('an access entry without a viewing access policy is Forbidden', async () => {
    assert.equal(await read(PROD, 'eu-west-1', 'prod-eks'), 'Forbidden');
  });
});
