import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { startSimulator } from '../server/start-simulator';
import { clientConfig } from '../testing/sim-fixture';
import type { PolicyDocument } from '../world/common.schema';
import { parseWorld } from '../world/parse-world';
import type { ValidWorld } from '../world/world.schema';
import { generateWorld } from './generate-world';

test('the same options give the same world; another seed gives another', () => {
  const a = JSON.stringify(generateWorld({ accounts: 25, seed: 'repeatable' }));
  assert.equal(JSON.stringify(generateWorld({ accounts: 25, seed: 'repeatable' })), a);
  assert.notEqual(JSON.stringify(generateWorld({ accounts: 25, seed: 'other' })), a);
});

const statements = (doc: PolicyDocument) => (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]);
const trustText = (doc: PolicyDocument) => JSON.stringify(doc);

/** Counts resources matching each check across the world. */
function census(world: ValidWorld): Record<string, number> {
  const counts: Record<string, number> = {};
  const count = (name: string, hit: boolean) => (counts[name] = (counts[name] ?? 0) + (hit ? 1 : 0));
  const orgAccounts = new Set(world.accounts.map((a) => a.id));
  for (const account of world.accounts) {
    const roles = account.iam.roles;
    count('unassumable audit role', !roles.some((r) => r.RoleName === 'RolecallAudit' && trustText(r.AssumeRolePolicyDocument).includes('rolecall-demo')));
    count('empty region', account.regions.some((region) => !account.regional[region]));
    for (const role of roles) {
      const trust = trustText(role.AssumeRolePolicyDocument);
      const outside = statements(role.AssumeRolePolicyDocument).some((s) => typeof s.Principal === 'object' && String(s.Principal.AWS ?? '').match(/::(\d{12}):root/) && !orgAccounts.has(String(s.Principal.AWS).split(':')[4]));
      count('outside trust without ExternalId', outside && !trust.includes('sts:ExternalId'));
      count('outside trust with ExternalId', outside && trust.includes('sts:ExternalId'));
      count('ecs-tasks trust without SourceAccount', trust.includes('ecs-tasks') && !trust.includes('aws:SourceAccount'));
      count('ecs-tasks trust with SourceAccount', trust.includes('ecs-tasks') && trust.includes('aws:SourceAccount'));
      count('IRSA without sub', trust.includes('AssumeRoleWithWebIdentity') && !trust.includes(':sub'));
      count('IRSA wildcard sub', trust.includes('AssumeRoleWithWebIdentity') && trust.includes('StringLike'));
      count('IRSA scoped', trust.includes('AssumeRoleWithWebIdentity') && trust.includes(':sub') && !trust.includes('StringLike'));
      count('Pod Identity without conditions', trust.includes('pods.eks') && !trust.includes('Condition'));
      count('Pod Identity with conditions', trust.includes('pods.eks') && trust.includes('Condition'));
      count('admin task role', trust.includes('ecs-tasks') && role.AttachedManagedPolicies.some((p) => p.PolicyArn.endsWith('/AdministratorAccess')));
    }
    for (const regional of Object.values(account.regional)) {
      if (!regional) continue;
      for (const definition of regional.ecs.taskDefinitions) {
        const containers = definition.containerDefinitions;
        count('execution role == task role', definition.taskRoleArn !== undefined && definition.taskRoleArn === definition.executionRoleArn);
        count('privileged container', containers.some((c) => c.privileged));
        count('root user', containers.some((c) => c.user === 'root' || c.user === '0'));
        count('host network', definition.networkMode === 'host');
        count('docker.sock mount', definition.volumes.some((v) => v.host?.sourcePath === '/var/run/docker.sock'));
        count('secret in environment', containers.some((c) => c.environment?.some((e) => /PASSWORD|SECRET/.test(e.name))));
        count('secret from Secrets Manager', containers.some((c) => (c.secrets?.length ?? 0) > 0));
      }
      for (const instance of regional.ec2.instances) count('IMDSv1 instance', instance.MetadataOptions?.HttpTokens === 'optional');
      for (const lt of regional.ec2.launchTemplates) count('hop limit 2 template', lt.Versions.some((v) => v.LaunchTemplateData.MetadataOptions?.HttpPutResponseHopLimit === 2));
      for (const cluster of regional.eks.clusters) {
        count('public endpoint 0.0.0.0/0', cluster.resourcesVpcConfig.publicAccessCidrs.includes('0.0.0.0/0'));
        count('private endpoint', !cluster.resourcesVpcConfig.endpointPublicAccess);
        count('CONFIG_MAP auth', cluster.accessConfig?.authenticationMode === 'CONFIG_MAP');
        count('API auth', cluster.accessConfig?.authenticationMode === 'API');
      }
    }
  }
  return counts;
}

test('a generated world is valid and mixes every misconfiguration with well-configured look-alikes', () => {
  const world = parseWorld(generateWorld({ accounts: 150, seed: 7 }));
  const counts = census(world);
  const missing = Object.entries(counts).filter(([, n]) => n === 0).map(([name]) => name);
  assert.deepEqual(missing, []);
  assert.equal(Object.keys(counts).length, 25);
  const roleCounts = world.accounts.map((a) => a.iam.roles.length);
  assert.ok(Math.min(...roleCounts) >= 10, `fewest roles ${Math.min(...roleCounts)}`);
  assert.ok(world.accounts.every((a) => a.regions.includes('us-east-1') && a.regions.length <= 4));
});

test('a generated world is served: the scanner assumes the audit role and sees that account', async () => {
  const world = parseWorld(generateWorld({ accounts: 40, seed: 3 }));
  const target = world.accounts.find((a) => a.id !== world.organization.managementAccountId && a.regional['us-east-1']?.ecs.clusters.length && a.iam.roles.some((r) => r.RoleName === 'RolecallAudit' && JSON.stringify(r).includes('rolecall-demo')));
  assert.ok(target, 'some account has ECS in us-east-1');
  const sim = await startSimulator({ world });
  try {
    const { Credentials } = await new STSClient(clientConfig(sim)).send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${target.id}:role/RolecallAudit`, RoleSessionName: 'gen', ExternalId: 'rolecall-demo' }),
    );
    const ecs = new ECSClient(clientConfig(sim, 'us-east-1', { accessKeyId: Credentials?.AccessKeyId ?? '', secretAccessKey: Credentials?.SecretAccessKey ?? '', sessionToken: Credentials?.SessionToken }));
    const { clusterArns } = await ecs.send(new ListClustersCommand({}));
    assert.deepEqual(clusterArns, target.regional['us-east-1']?.ecs.clusters.map((c) => `arn:aws:ecs:us-east-1:${target.id}:cluster/${c.clusterName}`));
  } finally {
    await sim.stop();
  }
});
