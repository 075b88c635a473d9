import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeInstancesCommand, DescribeLaunchTemplatesCommand, DescribeVpcsCommand, DescribeLaunchTemplateVersionsCommand, DescribeRegionsCommand,
  EC2Client, GetInstanceMetadataDefaultsCommand, paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { type RunningSimulator, startSimulator } from '../../server/start-simulator';
import { asSdkOutput, assumeAudit, clientConfig, DEV, PROD, sampleWorld, startSample } from '../../testing/sim-fixture';
import { parseWorld } from '../../world/parse-world';

describe('EC2', () => {
  let sim: RunningSimulator;
  let prod: Awaited<ReturnType<typeof assumeAudit>>;
  before(async () => {
    sim = await startSample();
    prod = await assumeAudit(sim, PROD);
  });
  after(() => sim.stop());
  const ec2 = (region: string, credentials = prod) => new EC2Client(clientConfig(sim, region, credentials));

  test('DescribeRegions lists enabled regions; AllRegions adds the others as not-opted-in', async () => {
    const enabled = await ec2('us-east-1').send(new DescribeRegionsCommand({}));
    assert.deepEqual(enabled.Regions, [
      { RegionName: 'us-east-1', Endpoint: 'ec2.us-east-1.amazonaws.com', OptInStatus: 'opt-in-not-required' },
      { RegionName: 'eu-west-1', Endpoint: 'ec2.eu-west-1.amazonaws.com', OptInStatus: 'opt-in-not-required' },
    ]);
    const all = await ec2('us-east-1').send(new DescribeRegionsCommand({ AllRegions: true }));
    assert.equal(all.Regions?.length, 32);
    assert.equal(all.Regions?.find((region) => region.RegionName === 'af-south-1')?.OptInStatus, 'not-opted-in');
  });

  test('DescribeInstances returns the world instances exactly, grouped in reservations', async () => {
    const result = await ec2('eu-west-1').send(new DescribeInstancesCommand({}));
    const world = parseWorld(sampleWorld()).accounts[1].regional['eu-west-1']?.ec2.instances ?? [];
    const instances = result.Reservations?.flatMap((reservation) => reservation.Instances ?? []);
    assert.deepEqual(instances, asSdkOutput(world));
    assert.deepEqual(result.Reservations?.map((r) => [r.ReservationId, r.OwnerId]), [['r-0b1c2d3e4f5a60001', PROD], ['r-0b1c2d3e4f5a60002', PROD]]);
    const filtered = await ec2('eu-west-1').send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:eks:nodegroup-name', Values: ['data'] }] }));
    assert.deepEqual(filtered.Reservations?.flatMap((r) => r.Instances?.map((i) => i.InstanceId)), ['i-0b1c2d3e4f5a60002']);
    await assert.rejects(ec2('eu-west-1').send(new DescribeInstancesCommand({ InstanceIds: ['i-0000000000000dead'] })), { name: 'InvalidInstanceID.NotFound' });
    await assert.rejects(ec2('eu-west-1').send(new DescribeInstancesCommand({ Filters: [{ Name: 'colour', Values: ['red'] }] })), { name: 'InvalidParameterValue' });
  });

  test('launch templates: versions by number, $Default and $Latest, with base64 user data', async () => {
    const dev = await assumeAudit(sim, DEV);
    const templates = await ec2('us-east-1', dev).send(new DescribeLaunchTemplatesCommand({}));
    assert.deepEqual(templates.LaunchTemplates?.map((lt) => [lt.LaunchTemplateName, lt.DefaultVersionNumber, lt.LatestVersionNumber]), [['dev-apps-ecs', 1, 2]]);
    const versions = await ec2('us-east-1', dev).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'dev-apps-ecs', Versions: ['$Default', '$Latest'] }));
    assert.deepEqual(versions.LaunchTemplateVersions?.map((v) => [v.VersionNumber, v.DefaultVersion, v.LaunchTemplateData?.MetadataOptions?.HttpTokens]), [[1, true, 'optional'], [2, false, 'required']]);
    const latest = versions.LaunchTemplateVersions?.[1].LaunchTemplateData;
    assert.match(Buffer.from(latest?.UserData ?? '', 'base64').toString(), /ECS_AWSVPC_BLOCK_IMDS=true/);
    assert.deepEqual(latest?.IamInstanceProfile, { Name: 'ecs-instance-role' });
    assert.deepEqual(latest?.SecurityGroupIds, ['sg-0c1d2e3f4a5b60001']);
    const all = await ec2('us-east-1', dev).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: 'lt-0c1d2e3f4a5b60001' }));
    assert.deepEqual(all.LaunchTemplateVersions?.map((v) => v.VersionNumber), [1, 2]);
    const everyDefault = await ec2('eu-west-1').send(new DescribeLaunchTemplateVersionsCommand({ Versions: ['$Default'] }));
    assert.deepEqual(everyDefault.LaunchTemplateVersions?.map((v) => [v.LaunchTemplateName, v.VersionNumber]), [['eks-general', 2], ['eks-data', 1]]);
    await assert.rejects(ec2('us-east-1', dev).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'dev-apps-ecs', Versions: ['9'] })), {
      name: 'InvalidLaunchTemplateId.VersionNotFound',
    });
    await assert.rejects(ec2('us-east-1', dev).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-00000000000000000'] })), { name: 'InvalidLaunchTemplateId.NotFound' });
  });

  test('GetInstanceMetadataDefaults returns the region account-level settings', async () => {
    assert.deepEqual((await ec2('eu-west-1').send(new GetInstanceMetadataDefaultsCommand({}))).AccountLevel, { HttpTokens: 'required', HttpPutResponseHopLimit: 1 });
    assert.deepEqual((await ec2('us-east-1', await assumeAudit(sim, DEV)).send(new GetInstanceMetadataDefaultsCommand({}))).AccountLevel, {});
  });

  test('an operation the simulator does not serve is InvalidAction', async () => {
    await assert.rejects(ec2('us-east-1').send(new DescribeVpcsCommand({})), { name: 'InvalidAction', message: 'The action DescribeVpcs is not valid for this web service.' });
  });

  test('a region the account has not enabled fails with AuthFailure', async () => {
    await assert.rejects(ec2('ap-southeast-2').send(new DescribeInstancesCommand({})), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'AuthFailure');
      assert.equal(error.$metadata.httpStatusCode, 401);
      return true;
    });
  });
});

test('DescribeInstances pages by MaxResults with opaque NextTokens', async () => {
  const instances = Array.from({ length: 12 }, (_, i) => ({
    InstanceId: `i-${String(i).padStart(17, '0')}`,
    ReservationId: `r-${String(Math.floor(i / 2)).padStart(17, '0')}`,
    ImageId: 'ami-1',
    InstanceType: 't3.micro',
    LaunchTime: '2024-01-01T00:00:00Z',
  }));
  const sim = await startSimulator({
    world: {
      organization: { id: 'o-paging0000', managementAccountId: '111111111111' },
      scanner: { principalArn: 'arn:aws:iam::111111111111:role/Scanner' },
      accounts: [{ id: '111111111111', name: 'm', joinedTimestamp: '2024-01-01T00:00:00Z', regions: ['us-east-1'], regional: { 'us-east-1': { ec2: { instances } } } }],
    },
  });
  try {
    const client = new EC2Client(clientConfig(sim));
    const pages: string[][] = [];
    for await (const page of paginateDescribeInstances({ client, pageSize: 5 }, {})) {
      pages.push(page.Reservations?.flatMap((r) => r.Instances?.map((i) => i.InstanceId ?? '') ?? []) ?? []);
    }
    assert.deepEqual(pages.map((page) => page.length), [5, 5, 2]);
    assert.deepEqual(pages.flat(), instances.map((i) => i.InstanceId));
    await assert.rejects(client.send(new DescribeInstancesCommand({ MaxResults: 4 })), { name: 'InvalidParameterValue' });
    await assert.rejects(client.send(new DescribeInstancesCommand({ NextToken: 'eyJvZmZzZXQiOjV9' })), { name: 'InvalidPaginationToken' });
  } finally {
    await sim.stop();
  }
});
