import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aFargateProfile, aNodegroup, aRole, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { fargateExecutionRoleSharedRule } from './fargate-execution-role-shared.rule';
import { decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(fargateExecutionRoleSharedRule);
});

const node = aRole({ roleName: 'eks-node-role' });

test('fires when a Fargate profile runs pods with the node role', () => {
  const nodegroup = aNodegroup({ nodeRoleArn: node.arn });
  const profile = aFargateProfile({ podExecutionRoleArn: node.arn });
  const inventory = anInventory({ iam: { roles: [node] }, eks: { nodegroups: [nodegroup], fargateProfiles: [profile] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'iam.role.fargate-pod-execution-role-shared-with-nodes',
      severity: 'medium',
      message: 'Role eks-node-role is the pod execution role of 1 Fargate profile(s) and the node role of 1 node group(s).',
      resource: { arn: node.arn, type: 'AWS::IAM::Role', name: 'eks-node-role' },
      evidence: { fargateProfiles: ['app-eks/app-fargate'], nodegroups: ['app-eks/app-nodes'] },
      relatedResources: [profile.arn, nodegroup.arn],
      fingerprint: findingFingerprint('iam.role.fargate-pod-execution-role-shared-with-nodes', node.arn),
    },
  ]);
});

test('does not fire when the Fargate profile has its own pod execution role', () => {
  const inventory = anInventory({
    iam: { roles: [node] },
    eks: { nodegroups: [aNodegroup({ nodeRoleArn: node.arn })], fargateProfiles: [aFargateProfile()] },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
