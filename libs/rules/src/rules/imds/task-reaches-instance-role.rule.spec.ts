import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { type EcsTaskDefinition, type MetadataOptions, type UserDataFacts } from '@rolecall/model';
import { aContainerInstance, aLaunchTemplate, aLaunchTemplateVersion, aPolicyDocument, aRole, aTaskDefinition, anEcsTask, anInstance, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { taskReachesInstanceRoleRule } from './task-reaches-instance-role.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(taskReachesInstanceRoleRule);
});

const PROFILE = 'arn:aws:iam::111122223333:instance-profile/ecs-instance';
const role = aRole({
  roleName: 'ecs-instance',
  instanceProfiles: [{ arn: PROFILE, name: 'ecs-instance' }],
  inlinePolicies: [{ policyName: 'metrics', document: aPolicyDocument('cloudwatch:PutMetricData') }],
});

function scenario(definition: EcsTaskDefinition, metadataOptions: MetadataOptions, userData?: UserDataFacts) {
  const template = aLaunchTemplate({ versions: [aLaunchTemplateVersion({ ...(userData ? { userData } : {}) })] });
  const instance = anInstance({ metadataOptions, launchTemplate: { id: template.launchTemplateId, version: '1' } });
  const containerInstance = aContainerInstance();
  const task = anEcsTask({ taskDefinitionArn: definition.arn, launchType: 'EC2', containerInstanceArn: containerInstance.arn });
  const inventory = anInventory({
    iam: { roles: [role] },
    ec2: { instances: [instance], launchTemplates: [template] },
    ecs: { taskDefinitions: [definition], containerInstances: [containerInstance], tasks: [task] },
  });
  return { instance, inventory };
}

const v2hop1 = { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' };
const v2hop2 = { ...v2hop1, httpPutResponseHopLimit: 2 };

test('fires on a bridge task with hop limit 2 and no iptables block, naming the instance role', () => {
  const definition = aTaskDefinition({ networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
  const { instance, inventory } = scenario(definition, v2hop2, { sizeBytes: 10, iptablesBlocksImds: false });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'ecs.task-definition.reaches-instance-role',
      severity: 'medium',
      message: `Tasks of app:1 (bridge network) can reach ${role.arn} through IMDS.`,
      resource: { arn: definition.arn, type: 'AWS::ECS::TaskDefinition', name: 'app:1' },
      evidence: { networkMode: 'bridge', instances: [instance.instanceId], instanceProfile: PROFILE, roleArn: role.arn, adminEquivalent: false, sensitiveActions: [] },
      relatedResources: [instance.arn, role.arn],
      fingerprint: findingFingerprint('ecs.task-definition.reaches-instance-role', definition.arn, PROFILE),
    },
  ]);
});

test('blocked look-alikes: awsvpc with ECS_AWSVPC_BLOCK_IMDS, bridge with iptables or hop limit 1, Fargate', () => {
  const awsvpc = aTaskDefinition({ requiresCompatibilities: ['EC2'] });
  const bridge = aTaskDefinition({ networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
  const cases = [
    scenario(awsvpc, v2hop2, { sizeBytes: 10, ecsAwsvpcBlockImds: true, iptablesBlocksImds: false }).inventory,
    scenario(bridge, v2hop2, { sizeBytes: 10, iptablesBlocksImds: true }).inventory,
    scenario(bridge, v2hop1).inventory,
  ];
  const fargate = scenario(aTaskDefinition(), v2hop2).inventory;
  fargate.ecs.tasks = [anEcsTask()];
  for (const inventory of [...cases, fargate]) assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
