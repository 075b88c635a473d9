import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aFargateProfile, aManagedPolicy, aPolicyDocument, aRole, aTaskDefinition, anInventory } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { workloadRoleAdminEquivalentRule } from './admin-equivalent.rule';

const ADMIN = [{ policyName: 'all', document: aPolicyDocument('*') }];
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(workloadRoleAdminEquivalentRule);
});

test('fires critical on an admin task role, listing the workloads that use it', () => {
  const role = aRole({ roleName: 'web-task', inlinePolicies: ADMIN });
  const web = aTaskDefinition({ family: 'web', taskRoleArn: role.arn });
  const worker = aTaskDefinition({ family: 'worker', taskRoleArn: role.arn });
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [web, worker] } })), [
    {
      ruleId: 'iam.workload-role.admin-equivalent',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'web-task' },
      severity: 'critical',
      evidence: { workloads: ['ecs-task web', 'ecs-task worker'], basis: 'all-actions', selfGrantActions: [], policies: ['all'] },
      relatedResources: [web.arn, worker.arn].sort(),
    },
  ]);
});

test('fires on a Fargate pod execution role that can rewrite its own policy', () => {
  const role = aRole({ roleName: 'eks-fargate-pod-execution', inlinePolicies: [{ policyName: 'self', document: aPolicyDocument('iam:PutRolePolicy') }] });
  const profile = aFargateProfile({ podExecutionRoleArn: role.arn });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] }, eks: { fargateProfiles: [profile] } }));
  assert.deepEqual(finding.evidence, {
    workloads: ['fargate-pod-execution app-fargate@app-eks'],
    basis: 'self-grant',
    selfGrantActions: ['iam:PutRolePolicy'],
    policies: ['self'],
  });
});

test('does not fire on admin roles no workload uses, execution roles, narrow task roles or service-linked roles', () => {
  const unused = aRole({ roleName: 'break-glass', inlinePolicies: ADMIN });
  const execution = aRole({ roleName: 'exec', inlinePolicies: ADMIN });
  const narrow = aRole({ roleName: 'narrow', inlinePolicies: [{ policyName: 's3', document: aPolicyDocument('s3:GetObject') }] });
  const linked = aRole({ roleName: 'AWSServiceRoleForECS', path: '/aws-service-role/ecs.amazonaws.com/', inlinePolicies: ADMIN });
  const taskDefinitions = [
    aTaskDefinition({ family: 'a', executionRoleArn: execution.arn, taskRoleArn: narrow.arn }),
    aTaskDefinition({ family: 'b', taskRoleArn: linked.arn }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [unused, execution, narrow, linked] }, ecs: { taskDefinitions } })), []);
});

const REGION_GUARDRAIL = {
  policyName: 'region-guardrail',
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*', 'cloudfront:*', 'route53:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
      },
    ],
  },
};

test('issue 14 case 1: fires on AdministratorAccess under the region guardrail, naming the region that had to be picked', () => {
  const role = aRole({ roleName: 'guarded', inlinePolicies: [...ADMIN, REGION_GUARDRAIL] });
  const task = aTaskDefinition({ family: 'guarded', taskRoleArn: role.arn });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [task] } }));
  assert.deepEqual(finding.evidence, {
    workloads: ['ecs-task guarded'],
    basis: 'all-actions',
    selfGrantActions: [],
    // Regional actions in the first listed region; the global services the guardrail does not exempt (waf, ce...) are signed for us-east-1.
    conditionsMet: ['aws:RequestedRegion=eu-west-1', 'aws:RequestedRegion=us-east-1'],
    policies: ['all', 'region-guardrail'],
  });
});

test('issue 14 case 2: fires on an admin whose boundary only protects itself, listing what it withholds', () => {
  const boundary = aManagedPolicy({
    policyName: 'self-protecting-boundary',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: ['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary'], Resource: '*' },
      ],
    },
  });
  const role = aRole({ roleName: 'bounded', inlinePolicies: ADMIN, permissionsBoundaryArn: boundary.arn });
  const task = aTaskDefinition({ family: 'bounded', taskRoleArn: role.arn });
  const inventory = anInventory({
    iam: { roles: [role], managedPolicies: [boundary] },
    ecs: { taskDefinitions: [task] },
  });
  const [finding] = run(engine, inventory);
  assert.deepEqual(finding.evidence, {
    workloads: ['ecs-task bounded'],
    basis: 'all-but-self-protection',
    selfGrantActions: [],
    withheldActions: ['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary'],
    policies: ['all'],
  });
});

test('issue 14 case 2: fires on NotAction [iam:PutRolePolicy, iam:AttachRolePolicy], naming the admin-user route', () => {
  const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['iam:PutRolePolicy', 'iam:AttachRolePolicy'], Resource: '*' }] };
  const role = aRole({ roleName: 'almost', inlinePolicies: [{ policyName: 'not-self', document }] });
  const task = aTaskDefinition({ family: 'almost', taskRoleArn: role.arn });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [task] } }));
  assert.deepEqual(finding.evidence, {
    workloads: ['ecs-task almost'],
    basis: 'admin-route',
    selfGrantActions: [],
    route: {
      id: 'create-admin-user',
      title: 'create an IAM user, give it any policy and create its credentials',
      actions: ['iam:CreateUser', 'iam:PutUserPolicy', 'iam:CreateAccessKey'],
    },
    policies: ['not-self'],
  });
});

test('issue 14 case 1: silent on Allow * limited by a principal- or resource-bound condition', () => {
  const bound = (name: string, condition: object) =>
    aRole({
      roleName: name,
      inlinePolicies: [{ policyName: 'p', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: condition }] } }],
    });
  const roles = [
    bound('principal-bound', { StringEquals: { 'aws:PrincipalTag/break-glass': 'true' } }),
    bound('resource-bound', { StringEquals: { 'aws:ResourceTag/owner': 'platform' } }),
    bound('org-bound', { StringEquals: { 'aws:ResourceOrgID': 'o-abc123' } }),
  ];
  const taskDefinitions = roles.map((role) => aTaskDefinition({ family: role.roleName, taskRoleArn: role.arn }));
  assert.deepEqual(run(engine, anInventory({ iam: { roles }, ecs: { taskDefinitions } })), []);
});
