import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aFargateProfile, aNodegroup, aPodIdentityAssociation, aPolicyDocument, aRole, aTaskDefinition, aTrustPolicy, anEksCluster, anInventory, anOrganization, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import { loadActionCatalog, type ActionCatalog } from '../policy';
import { identityMapOf } from './identity-map';
import { summariesOf } from './summaries.testing';

const ISSUER = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
let catalog: ActionCatalog;
before(async () => {
  catalog = await loadActionCatalog();
});

test('maps task definitions, IRSA subjects, Pod Identity, Fargate and node groups to roles with their risk', () => {
  const web = aRole({ roleName: 'web-task', inlinePolicies: [{ policyName: 'all', document: aPolicyDocument('*') }] });
  const exec = aRole({ roleName: 'exec', trustPolicy: aTrustPolicy({ Service: 'ecs-tasks.amazonaws.com' }, 'sts:AssumeRole', { StringEquals: { 'aws:SourceAccount': TEST_ACCOUNT_ID } }) });
  const irsa = aRole({
    roleName: 'api-irsa',
    trustPolicy: aTrustPolicy({ Federated: `arn:aws:iam::${TEST_ACCOUNT_ID}:oidc-provider/${ISSUER}` }, 'sts:AssumeRoleWithWebIdentity', {
      StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:prod:*' },
    }),
  });
  const cluster = anEksCluster();
  const td = aTaskDefinition({ family: 'web', taskRoleArn: web.arn, executionRoleArn: exec.arn });
  const pod = aPodIdentityAssociation();
  const fargate = aFargateProfile();
  const nodes = aNodegroup();
  const inventory = anInventory({
    iam: { roles: [web, exec, irsa] },
    ecs: { taskDefinitions: [td] },
    eks: { clusters: [cluster], podIdentityAssociations: [pod], fargateProfiles: [fargate], nodegroups: [nodes] },
  });
  const [summary] = summariesOf([inventory], anOrganization(), catalog);
  const rows = identityMapOf(summary).map((r) => [r.workloadType, r.workload, r.roleArn, r.cluster ?? null, r.namespace ?? null, r.adminEquivalent, r.trustWeaknesses]);
  assert.deepEqual(rows, [
    ['ecs-task', 'web', web.arn, null, null, true, ['ecs-tasks-confused-deputy']],
    ['ecs-execution', 'web', exec.arn, null, null, false, []],
    ['irsa', 'prod/*', irsa.arn, 'app-eks', 'prod', false, ['irsa-sub-namespace-wildcard']],
    ['pod-identity', 'app/app', pod.roleArn, 'app-eks', 'app', null, []],
    ['fargate-pod-execution', 'app-fargate', fargate.podExecutionRoleArn, 'app-eks', null, null, []],
    ['eks-node', 'app-nodes', nodes.nodeRoleArn, 'app-eks', null, null, []],
  ]);
  const irsaRow = identityMapOf(summary)[2];
  assert.equal(irsaRow.sourceArn, cluster.arn);
  assert.equal(irsaRow.region, cluster.region);
  assert.ok(identityMapOf(summary)[0].sensitiveClasses.includes('privilege-escalation'));
});
