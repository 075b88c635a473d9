import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeAccessEntryCommand, DescribeClusterCommand, DescribeFargateProfileCommand, DescribeNodegroupCommand, DescribePodIdentityAssociationCommand,
  EKSClient, ListAccessEntriesCommand, ListAssociatedAccessPoliciesCommand, ListClustersCommand, ListFargateProfilesCommand, ListNodegroupsCommand,
  ListPodIdentityAssociationsCommand, ListAddonsCommand, paginateListClusters,
} from '@aws-sdk/client-eks';
import { type RunningSimulator, startSimulator } from '../../server/start-simulator';
import { assumeAudit, clientConfig, DEV, PROD, startSample } from '../../testing/sim-fixture';

describe('EKS', () => {
  let sim: RunningSimulator;
  let prod: EKSClient;
  before(async () => {
    sim = await startSample();
    prod = new EKSClient(clientConfig(sim, 'eu-west-1', await assumeAudit(sim, PROD)));
  });
  after(() => sim.stop());

  test('clusters: identity issuer, endpoint access, auth mode, encryption and logging as in the world', async () => {
    assert.deepEqual((await prod.send(new ListClustersCommand({}))).clusters, ['prod-eks']);
    const { cluster } = await prod.send(new DescribeClusterCommand({ name: 'prod-eks' }));
    assert.equal(cluster?.arn, `arn:aws:eks:eu-west-1:${PROD}:cluster/prod-eks`);
    assert.equal(cluster?.identity?.oidc?.issuer, 'https://oidc.eks.eu-west-1.amazonaws.com/id/5E4A1B2C3D4E5F60718293A4B5C6D7E8');
    assert.deepEqual(cluster?.resourcesVpcConfig?.publicAccessCidrs, ['203.0.113.0/24']);
    assert.equal(cluster?.accessConfig?.authenticationMode, 'API');
    assert.equal(cluster?.encryptionConfig?.[0].resources?.[0], 'secrets');
    assert.equal(cluster?.createdAt?.toISOString(), '2024-03-10T09:00:00.000Z');
    const dev = new EKSClient(clientConfig(sim, 'us-east-1', await assumeAudit(sim, DEV)));
    const open = (await dev.send(new DescribeClusterCommand({ name: 'dev-eks' }))).cluster;
    assert.deepEqual([open?.resourcesVpcConfig?.endpointPublicAccess, open?.resourcesVpcConfig?.publicAccessCidrs, open?.accessConfig?.authenticationMode], [true, ['0.0.0.0/0'], 'CONFIG_MAP']);
    // The simulator serves each cluster's Kubernetes API itself, under its own URL.
    assert.equal(open?.endpoint, `${sim.url}/k8s/${DEV}/us-east-1/dev-eks`);
    await assert.rejects(prod.send(new DescribeClusterCommand({ name: 'nope' })), { name: 'ResourceNotFoundException', message: 'No cluster found for name: nope.' });
  });

  test('node groups and Fargate profiles', async () => {
    assert.deepEqual((await prod.send(new ListNodegroupsCommand({ clusterName: 'prod-eks' }))).nodegroups, ['general', 'data']);
    const { nodegroup } = await prod.send(new DescribeNodegroupCommand({ clusterName: 'prod-eks', nodegroupName: 'general' }));
    assert.deepEqual(nodegroup?.launchTemplate, { name: 'eks-general', version: '2', id: 'lt-0a1b2c3d4e5f60001' });
    assert.equal(nodegroup?.nodeRole, `arn:aws:iam::${PROD}:role/eks-node-role`);
    assert.equal(nodegroup?.clusterName, 'prod-eks');
    assert.deepEqual(nodegroup?.resources?.autoScalingGroups, [{ name: 'eks-general-asg' }]);
    assert.deepEqual((await prod.send(new ListFargateProfilesCommand({ clusterName: 'prod-eks' }))).fargateProfileNames, ['batch']);
    const { fargateProfile } = await prod.send(new DescribeFargateProfileCommand({ clusterName: 'prod-eks', fargateProfileName: 'batch' }));
    assert.equal(fargateProfile?.podExecutionRoleArn, `arn:aws:iam::${PROD}:role/eks-fargate-pod-execution`);
    await assert.rejects(prod.send(new DescribeNodegroupCommand({ clusterName: 'prod-eks', nodegroupName: 'gpu' })), { name: 'ResourceNotFoundException' });
  });

  test('Pod Identity associations, filterable by namespace', async () => {
    const all = await prod.send(new ListPodIdentityAssociationsCommand({ clusterName: 'prod-eks' }));
    assert.deepEqual(all.associations?.map((a) => [a.namespace, a.serviceAccount, a.associationId]), [['analytics', 'default', 'a-0analytics000000x'], ['payments', 'ledger', 'a-0ledger0000000000']]);
    const payments = await prod.send(new ListPodIdentityAssociationsCommand({ clusterName: 'prod-eks', namespace: 'payments' }));
    assert.equal(payments.associations?.length, 1);
    const { association } = await prod.send(new DescribePodIdentityAssociationCommand({ clusterName: 'prod-eks', associationId: 'a-0analytics000000x' }));
    assert.equal(association?.roleArn, `arn:aws:iam::${PROD}:role/eks-pod-identity-open`);
    assert.equal(association?.associationArn, `arn:aws:eks:eu-west-1:${PROD}:podidentityassociation/prod-eks/a-0analytics000000x`);
  });

  test('access entries and their associated access policies (principal ARNs travel URL-encoded in the path)', async () => {
    const admins = `arn:aws:iam::${PROD}:role/platform-admins`;
    const { accessEntries } = await prod.send(new ListAccessEntriesCommand({ clusterName: 'prod-eks' }));
    assert.deepEqual(accessEntries, [admins, `arn:aws:iam::${PROD}:role/eks-node-role`, `arn:aws:iam::${PROD}:role/vendor-monitoring`]);
    const filtered = await prod.send(new ListAccessEntriesCommand({ clusterName: 'prod-eks', associatedPolicyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy' }));
    assert.deepEqual(filtered.accessEntries, [`arn:aws:iam::${PROD}:role/vendor-monitoring`]);
    const { accessEntry } = await prod.send(new DescribeAccessEntryCommand({ clusterName: 'prod-eks', principalArn: admins }));
    assert.equal(accessEntry?.type, 'STANDARD');
    assert.equal(accessEntry?.username, `arn:aws:sts::${PROD}:assumed-role/platform-admins/{{SessionName}}`);
    const policies = await prod.send(new ListAssociatedAccessPoliciesCommand({ clusterName: 'prod-eks', principalArn: admins }));
    assert.deepEqual(policies.associatedAccessPolicies, [
      { policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', accessScope: { type: 'cluster', namespaces: [] }, associatedAt: new Date('2024-03-10T09:31:00Z') },
    ]);
    await assert.rejects(prod.send(new DescribeAccessEntryCommand({ clusterName: 'prod-eks', principalArn: `arn:aws:iam::${PROD}:role/nobody` })), { name: 'ResourceNotFoundException' });
  });

  test('an unserved route is UnknownOperationException (404); a disabled region UnrecognizedClientException (403)', async () => {
    await assert.rejects(prod.send(new ListAddonsCommand({ clusterName: 'prod-eks' })), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'UnknownOperationException');
      assert.equal(error.$metadata.httpStatusCode, 404);
      return true;
    });
    const closed = new EKSClient(clientConfig(sim, 'ca-central-1', await assumeAudit(sim, PROD)));
    await assert.rejects(closed.send(new ListClustersCommand({})), { name: 'UnrecognizedClientException' });
  });
});

test('EKS list calls page with maxResults and nextToken', async () => {
  const clusters = Array.from({ length: 7 }, (_, i) => ({
    name: `c${i}`,
    createdAt: '2024-01-01T00:00:00Z',
    version: '1.30',
    roleArn: 'arn:aws:iam::111111111111:role/eks',
    resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true },
  }));
  const sim = await startSimulator({
    world: {
      organization: { id: 'o-paging0000', managementAccountId: '111111111111' },
      scanner: { principalArn: 'arn:aws:iam::111111111111:role/Scanner' },
      accounts: [{ id: '111111111111', name: 'm', joinedTimestamp: '2024-01-01T00:00:00Z', regions: ['us-east-1'], regional: { 'us-east-1': { eks: { clusters } } } }],
    },
  });
  try {
    const client = new EKSClient(clientConfig(sim));
    const pages: string[][] = [];
    for await (const page of paginateListClusters({ client, pageSize: 3 }, {})) pages.push(page.clusters ?? []);
    assert.deepEqual(pages, [['c0', 'c1', 'c2'], ['c3', 'c4', 'c5'], ['c6']]);
    await assert.rejects(client.send(new ListClustersCommand({ maxResults: 101 })), { name: 'InvalidParameterException' });
    await assert.rejects(client.send(new ListClustersCommand({ nextToken: 'forged' })), { name: 'InvalidParameterException' });
  } finally {
    await sim.stop();
  }
});
