import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { type IamRole } from '@rolecall/model';
import { aPolicyDocument, aRole, aTaskDefinition, anInventory } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { unusedServicesRule } from './unused-services.rule';

const POLICY = [{ policyName: 'app', document: aPolicyDocument(['s3:GetObject', 'sqs:SendMessage', 'dynamodb:GetItem']) }];
const ADVISOR: IamRole['serviceLastAccessed'] = [
  { serviceNamespace: 's3', serviceName: 'Amazon S3', lastAuthenticated: '2026-11-01T00:00:00Z' },
  { serviceNamespace: 'sqs', serviceName: 'Amazon SQS' },
  { serviceNamespace: 'dynamodb', serviceName: 'Amazon DynamoDB' },
];
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(unusedServicesRule);
});

test('fires low with the services the report lists as never used and a right-sized policy', () => {
  const role = aRole({ roleName: 'web-task', inlinePolicies: POLICY, serviceLastAccessed: ADVISOR });
  const web = aTaskDefinition({ family: 'web', taskRoleArn: role.arn });
  const inventory = anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [web] } });
  const proposedPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
  assert.deepEqual(run(engine, inventory), [
    {
      ruleId: 'iam.workload-role.unused-services',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'web-task' },
      severity: 'low',
      evidence: { workloads: ['ecs-task web'], unusedServices: ['dynamodb', 'sqs'], usedServices: ['s3'], proposedPolicy, adminEquivalent: false },
      relatedResources: [web.arn],
    },
  ]);
  const [finding] = engine.evaluateAccount({ inventory, organization: { accounts: [] } });
  assert.equal(finding.remediation, `Replace the role's identity policies with this right-sized policy, then narrow its resources: ${JSON.stringify(proposedPolicy)}`);
});

test('does not fire without last-accessed data (absent or empty) or when every service was used; a role whose Access Advisor job failed is not assessed', () => {
  const noData = aRole({ roleName: 'a', inlinePolicies: POLICY });
  const emptyReport = aRole({ roleName: 'e', inlinePolicies: POLICY, serviceLastAccessed: [] });
  const allUsed = aRole({
    roleName: 'b',
    inlinePolicies: POLICY,
    serviceLastAccessed: (ADVISOR ?? []).map((row) => ({ ...row, lastAuthenticated: '2026-11-01T00:00:00Z' })),
  });
  const taskDefinitions = [noData, allUsed, emptyReport].map((role) => aTaskDefinition({ family: role.roleName, taskRoleArn: role.arn }));
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [noData, allUsed, emptyReport] }, ecs: { taskDefinitions } })), []);
  const unreported = aRole({ roleName: 'c', inlinePolicies: POLICY });
  const gaps = [{ service: 'iam', operation: 'GetServiceLastAccessedDetails', region: 'global', errorCode: 'JobFailed', resource: unreported.arn }];
  const inventory = anInventory({ iam: { roles: [unreported] }, ecs: { taskDefinitions: [aTaskDefinition({ family: 'c', taskRoleArn: unreported.arn })] }, gaps });
  const { findings, notAssessed } = engine.assessAccount({ inventory, organization: { accounts: [] } });
  assert.deepEqual(findings, []);
  assert.deepEqual(notAssessed, [
    {
      ruleId: 'iam.workload-role.unused-services',
      accountId: inventory.accountId,
      region: 'global',
      resource: { arn: unreported.arn, type: 'AWS::IAM::Role', name: 'c' },
      missing: [{ service: 'iam', operation: 'GetServiceLastAccessedDetails', errorCode: 'JobFailed' }],
    },
  ]);
});

test('on an admin role, raises to medium and reports only the services the report lists as never used', () => {
  const role = aRole({
    roleName: 'orders-task',
    inlinePolicies: [{ policyName: 'admin', document: aPolicyDocument('*') }],
    serviceLastAccessed: [
      { serviceNamespace: 'dynamodb', serviceName: 'Amazon DynamoDB', lastAuthenticated: '2026-11-01T00:00:00Z' },
      { serviceNamespace: 'iam', serviceName: 'AWS Identity and Access Management' },
      { serviceNamespace: 's3', serviceName: 'Amazon S3' },
    ],
  });
  const inventory = anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [aTaskDefinition({ family: 'orders', taskRoleArn: role.arn })] } });
  const [finding] = run(engine, inventory);
  assert.equal(finding.severity, 'medium');
  assert.equal(finding.evidence.adminEquivalent, true);
  assert.deepEqual(finding.evidence.unusedServices, ['iam', 's3']);
  assert.deepEqual(finding.evidence.usedServices, ['dynamodb']);
  assert.deepEqual(finding.evidence.proposedPolicy, { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] });
});
