import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { type AttachedPolicy } from '@rolecall/model';
import { aContainerInstance, aPolicyDocument, aRole, anInstance, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { containerInstanceRoleExcessRule } from './container-instance-role-excess.rule';
import { awsManaged, decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(containerInstanceRoleExcessRule);
});

const ecs = awsManaged('AmazonEC2ContainerServiceforEC2Role');
const ssm = awsManaged('AmazonSSMManagedInstanceCore');
const PROFILE = 'arn:aws:iam::111122223333:instance-profile/ecs-instance';

function scenario(attached: AttachedPolicy[], inline: unknown[]) {
  const role = aRole({
    roleName: 'ecs-instance',
    attachedManagedPolicies: attached,
    inlinePolicies: inline.map((document, index) => ({ policyName: `p${index}`, document })),
    instanceProfiles: [{ arn: PROFILE, name: 'ecs-instance' }],
  });
  const inventory = anInventory({
    iam: { roles: [role], managedPolicies: [ecs.policy, ssm.policy] },
    ec2: { instances: [anInstance({ instanceProfileArn: PROFILE })] },
    ecs: { containerInstances: [aContainerInstance()] },
  });
  return { role, inventory };
}

test('fires on an instance role with application permissions', () => {
  const { role, inventory } = scenario([ecs.attachment], [aPolicyDocument('dynamodb:PutItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/orders')]);
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'iam.role.container-instance-role-excess-permissions',
      severity: 'medium',
      message: 'Container instance role ecs-instance grants 1 action(s) beyond AmazonEC2ContainerServiceforEC2Role + AmazonSSMManagedInstanceCore.',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'ecs-instance' },
      evidence: {
        baseline: ['AmazonEC2ContainerServiceforEC2Role', 'AmazonSSMManagedInstanceCore'],
        excessActionCount: 1,
        excessActions: ['dynamodb:PutItem'],
        adminEquivalent: false,
        sensitiveActions: [],
      },
      relatedResources: [PROFILE],
      fingerprint: findingFingerprint('iam.role.container-instance-role-excess-permissions', role.arn),
    },
  ]);
});

test('the baseline with SSM core tolerated does not fire; a role of a non-ECS instance is not judged', () => {
  const { inventory } = scenario([ecs.attachment, ssm.attachment], []);
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
  const plain = scenario([ecs.attachment], [aPolicyDocument('s3:*')]).inventory;
  plain.ecs.containerInstances = [];
  assert.deepEqual(engine.evaluateAccount({ inventory: plain, organization: anOrganization() }), []);
});
