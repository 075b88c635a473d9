import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorld, sampleWorldPath } from '@rolecall/aws-sim';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';

/** Every rule of part 2 (placement, IMDS, containers, EKS access); other rules' findings are not this spec's business. */
const PART2_RULES = new Set([
  'ecs.task-definition.privileged-container',
  'ecs.task-definition.root-user',
  'ecs.task-definition.user-not-verified',
  'ecs.task-definition.writable-root-filesystem',
  'ecs.task-definition.dangerous-capabilities',
  'ecs.task-definition.host-namespaces',
  'ecs.task-definition.sensitive-host-mount',
  'ecs.task-definition.credentials-in-environment',
  'ecs.service.exec-enabled',
  'ecs.task-definition.task-role-is-execution-role',
  'iam.role.execution-role-excess-permissions',
  'ecs.task-definition.no-task-role-on-ec2',
  'iam.role.task-role-shared-across-families',
  'iam.role.container-instance-role-excess-permissions',
  'iam.role.eks-node-role-excess-permissions',
  'iam.role.eks-cni-policy-on-node-role',
  'iam.role.node-role-used-by-workloads',
  'iam.role.fargate-pod-execution-role-shared-with-nodes',
  'ec2.instance.imdsv1-allowed',
  'ec2.launch-template.imdsv1-allowed',
  'autoscaling.launch-configuration.imdsv1-allowed',
  'ec2.instance.imds-hop-limit-above-one',
  'ec2.launch-template.imds-hop-limit-above-one',
  'ecs.task-definition.reaches-instance-role',
  'eks.cluster.public-endpoint-open',
  'eks.cluster.config-map-authentication',
  'eks.access-entry.cluster-admin-weak-principal',
  'eks.cluster.secrets-encryption-disabled',
  'eks.cluster.audit-logging-disabled',
]);

/**
 * What the sample organization's README promises, as (rule, resource) pairs: workloads-prod's orders service
 * (plain DB_PASSWORD, ECS Exec with an admin task role), batch-worker's writable root filesystem, its node roles
 * (CNI policy, S3 full access), the hop-limit-2 node and the launch template version it came from; workloads-dev's legacy-api, node-agent and web task
 * definitions, its IMDSv1 instances / launch template / launch configuration and the dev-eks cluster settings.
 * Absent on purpose: payments (PASSWORD_MIN_LENGTH is a setting; secrets, non-root, read-only), prod-eks
 * (restricted endpoint, API auth, encryption, logs), dev-eks's CNI policy on aws-node, the sandbox account.
 */
const EXPECTED: [string, string][] = [
  ['autoscaling.launch-configuration.imdsv1-allowed', 'arn:aws:autoscaling:us-east-1:333333333333:launchConfiguration:21e04946-cb0c-f8d1-6415-1706775d4047:launchConfigurationName/dev-apps-legacy-lc'],
  ['ec2.instance.imds-hop-limit-above-one', 'arn:aws:ec2:eu-west-1:222222222222:instance/i-0b1c2d3e4f5a60001'],
  ['ec2.instance.imds-hop-limit-above-one', 'arn:aws:ec2:us-east-1:333333333333:instance/i-0d1e2f3a4b5c60001'],
  ['ec2.instance.imdsv1-allowed', 'arn:aws:ec2:us-east-1:333333333333:instance/i-0d1e2f3a4b5c60001'],
  ['ec2.instance.imdsv1-allowed', 'arn:aws:ec2:us-east-1:333333333333:instance/i-0d1e2f3a4b5c60002'],
  ['ec2.instance.imdsv1-allowed', 'arn:aws:ec2:us-east-1:333333333333:instance/i-0d1e2f3a4b5c60004'],
  ['ec2.launch-template.imds-hop-limit-above-one', 'arn:aws:ec2:eu-west-1:222222222222:launch-template/lt-0a1b2c3d4e5f60001'],
  ['ec2.launch-template.imdsv1-allowed', 'arn:aws:ec2:us-east-1:333333333333:launch-template/lt-0c1d2e3f4a5b60001'],
  ['ecs.service.exec-enabled', 'arn:aws:ecs:us-east-1:222222222222:service/prod-web/orders'],
  ['ecs.task-definition.credentials-in-environment', 'arn:aws:ecs:us-east-1:222222222222:task-definition/orders:2'],
  ['ecs.task-definition.credentials-in-environment', 'arn:aws:ecs:us-east-1:333333333333:task-definition/legacy-api:3'],
  ['ecs.task-definition.dangerous-capabilities', 'arn:aws:ecs:us-east-1:333333333333:task-definition/node-agent:5'],
  ['ecs.task-definition.host-namespaces', 'arn:aws:ecs:us-east-1:333333333333:task-definition/node-agent:5'],
  ['ecs.task-definition.no-task-role-on-ec2', 'arn:aws:ecs:us-east-1:333333333333:task-definition/web:12'],
  ['ecs.task-definition.privileged-container', 'arn:aws:ecs:us-east-1:333333333333:task-definition/node-agent:5'],
  ['ecs.task-definition.reaches-instance-role', 'arn:aws:ecs:us-east-1:333333333333:task-definition/legacy-api:3'],
  ['ecs.task-definition.reaches-instance-role', 'arn:aws:ecs:us-east-1:333333333333:task-definition/node-agent:5'],
  ['ecs.task-definition.reaches-instance-role', 'arn:aws:ecs:us-east-1:333333333333:task-definition/web:12'],
  ['ecs.task-definition.root-user', 'arn:aws:ecs:us-east-1:333333333333:task-definition/legacy-api:3'],
  ['ecs.task-definition.root-user', 'arn:aws:ecs:us-east-1:333333333333:task-definition/web:12'],
  ['ecs.task-definition.sensitive-host-mount', 'arn:aws:ecs:us-east-1:333333333333:task-definition/node-agent:5'],
  ['ecs.task-definition.task-role-is-execution-role', 'arn:aws:ecs:us-east-1:333333333333:task-definition/legacy-api:3'],
  ['ecs.task-definition.user-not-verified', 'arn:aws:ecs:us-east-1:333333333333:task-definition/node-agent:5'],
  ['ecs.task-definition.writable-root-filesystem', 'arn:aws:ecs:us-east-1:222222222222:task-definition/batch-worker:7'],
  ['ecs.task-definition.writable-root-filesystem', 'arn:aws:ecs:us-east-1:333333333333:task-definition/legacy-api:3'],
  ['ecs.task-definition.writable-root-filesystem', 'arn:aws:ecs:us-east-1:333333333333:task-definition/node-agent:5'],
  ['ecs.task-definition.writable-root-filesystem', 'arn:aws:ecs:us-east-1:333333333333:task-definition/web:12'],
  ['eks.cluster.audit-logging-disabled', 'arn:aws:eks:us-east-1:333333333333:cluster/dev-eks'],
  ['eks.cluster.config-map-authentication', 'arn:aws:eks:us-east-1:333333333333:cluster/dev-eks'],
  ['eks.cluster.public-endpoint-open', 'arn:aws:eks:us-east-1:333333333333:cluster/dev-eks'],
  ['eks.cluster.secrets-encryption-disabled', 'arn:aws:eks:us-east-1:333333333333:cluster/dev-eks'],
  ['iam.role.eks-cni-policy-on-node-role', 'arn:aws:iam::222222222222:role/eks-node-role'],
  ['iam.role.eks-node-role-excess-permissions', 'arn:aws:iam::222222222222:role/eks-node-role-data'],
  ['iam.role.execution-role-excess-permissions', 'arn:aws:iam::333333333333:role/legacy-api-role'],
];

describe('rules part 2 over the sample organization', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ engine: 'pglite', world: loadWorld(sampleWorldPath()) });
  });
  after(() => stack.close());

  test('an organization scan yields exactly the expected placement, IMDS, container and EKS access findings', async () => {
    const created = await stack
      .http()
      .post('/v1/scans')
      .set(bearer(ADMIN_TOKEN))
      .send({ scope: { organization: true }, regions: ['us-east-1', 'eu-west-1'] });
    assert.equal(created.status, 202);
    const scan = await waitForScan(stack, created.body.id, 120_000);
    assert.equal(scan.status, 'partial');
    const found: [string, string][] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { ruleId: string; resource: { arn: string } }[]; nextCursor: string | null } } = await stack
        .http()
        .get(`/v1/scans/${created.body.id}/findings?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
        .set(bearer(ADMIN_TOKEN));
      assert.equal(page.status, 200);
      for (const finding of page.body.items) {
        if (PART2_RULES.has(finding.ruleId)) found.push([finding.ruleId, finding.resource.arn]);
      }
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    const order = ([rule, arn]: [string, string]) => `${rule} ${arn}`;
    assert.deepEqual(found.map(order).sort(), EXPECTED.map(order).sort());
  });
});
