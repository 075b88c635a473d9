import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, aRole, aTaskDefinition, anInventory, type IamRole } from '@rolecall/model';
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

test('fires low with the unused services and a right-sized policy', () => {
  const role = aRole({ roleName: 'web-task', inlinePolicies: POLICY, serviceLastAccessed: ADVISOR });
  const web = aTaskDefinition({ family: 'web', taskRoleArn: role.arn });
  const inventory = anInventory({ iam: { roles: [role] }, ecs: { taskDefinitions: [web] } });
  const proposedPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
  assert.deepEqual(run(engine, inventory), [
    {
      ruleId: 'iam.workload-role.unused-services',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'web-task' },
      severity: 'low',
      evidence: { workloads: ['ecs-task web'], unusedServices: ['dynamodb', 'sqs'], usedServices: ['s3'], proposedPolicy },
      relatedResources: [web.arn],
    },
  ]);
  const [finding] = engine.evaluateAccount({ inventory, organization: { accounts: [] } });
  assert.equal(finding.remediation, `Replace the role's identity policies with this right-sized policy, then narrow its resources: ${JSON.stringify(proposedPolicy)}`);
});

test('does not fire without last-accessed data, when every service was used, or when Access Advisor had a gap', () => {
  const noData = aRole({ roleName: 'a', inlinePolicies: POLICY });
  const allUsed = aRole({
    roleName: 'b',
    inlinePolicies: POLICY,
    serviceLastAccessed: (ADVISOR ?? []).map((row) => ({ ...row, lastAuthenticated: '2026-11-01T00:00:00Z' })),
  });
  const taskDefinitions = [aTaskDefinition({ family: 'a', taskRoleArn: noData.arn }), aTaskDefinition({ family: 'b', taskRoleArn: allUsed.arn })];
  assert.deepEqual(run(engine, anInventory({ iam: { roles: [noData, allUsed] }, ecs: { taskDefinitions } })), []);
  const unusedRole = aRole({ roleName: 'c', inlinePolicies: POLICY, serviceLastAccessed: ADVISOR });
  const gaps = [{ service: 'iam', operation: 'GetServiceLastAccessedDetails', region: 'global', errorCode: 'AccessDenied' }];
  const inventory = anInventory({ iam: { roles: [unusedRole] }, ecs: { taskDefinitions: [aTaskDefinition({ family: 'c', taskRoleArn: unusedRole.arn })] }, gaps });
  assert.deepEqual(run(engine, inventory), []);
});
