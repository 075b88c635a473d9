import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aNodegroup, aPodIdentityAssociation, aRole, aTaskDefinition, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { nodeRoleUsedByWorkloadsRule } from './node-role-used-by-workloads.rule';
import { decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(nodeRoleUsedByWorkloadsRule);
});

const node = aRole({ roleName: 'eks-node-role' });

test('fires when a node role is also a task role and a Pod Identity role', () => {
  const nodegroup = aNodegroup({ nodeRoleArn: node.arn });
  const definition = aTaskDefinition({ family: 'api', taskRoleArn: node.arn });
  const association = aPodIdentityAssociation({ roleArn: node.arn });
  const inventory = anInventory({
    iam: { roles: [node] },
    ecs: { taskDefinitions: [definition] },
    eks: { nodegroups: [nodegroup], podIdentityAssociations: [association] },
  });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'iam.role.node-role-used-by-workloads',
      severity: 'high',
      message: 'Node role eks-node-role is also used by 2 workload(s).',
      resource: { arn: node.arn, type: 'AWS::IAM::Role', name: 'eks-node-role' },
      evidence: { nodegroups: ['app-eks/app-nodes'], taskDefinitions: ['api:1'], podIdentity: ['app-eks/app/app'] },
      relatedResources: [definition.arn, association.arn],
      fingerprint: findingFingerprint('iam.role.node-role-used-by-workloads', node.arn),
    },
  ]);
});

test('does not fire when workloads have their own roles', () => {
  const inventory = anInventory({
    iam: { roles: [node] },
    ecs: { taskDefinitions: [aTaskDefinition()] },
    eks: { nodegroups: [aNodegroup({ nodeRoleArn: node.arn })], podIdentityAssociations: [aPodIdentityAssociation()] },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
