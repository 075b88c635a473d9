import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aNodegroup, aPodIdentityAssociation, aRole, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { cniPolicyOnNodeRoleRule } from './cni-policy-on-node-role.rule';
import { awsManaged, decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(cniPolicyOnNodeRoleRule);
});

const cni = awsManaged('AmazonEKS_CNI_Policy');

test('fires on a node role carrying the CNI policy, saying whether aws-node has its own role', () => {
  const role = aRole({ roleName: 'eks-node-role', attachedManagedPolicies: [cni.attachment] });
  const nodegroup = aNodegroup({ nodeRoleArn: role.arn });
  const awsNode = aPodIdentityAssociation({ namespace: 'kube-system', serviceAccount: 'aws-node' });
  const inventory = anInventory({ iam: { roles: [role] }, eks: { nodegroups: [nodegroup], podIdentityAssociations: [awsNode] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'iam.role.eks-cni-policy-on-node-role',
      severity: 'medium',
      message: 'Node role eks-node-role has AmazonEKS_CNI_Policy attached; it belongs on the aws-node service account.',
      resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'eks-node-role' },
      evidence: { policy: 'AmazonEKS_CNI_Policy', clusters: ['app-eks'], awsNodePodIdentity: true },
      relatedResources: [nodegroup.arn],
      fingerprint: findingFingerprint('iam.role.eks-cni-policy-on-node-role', role.arn),
    },
  ]);
});

test('does not fire on a node role without it, nor on a non-node role that has it', () => {
  const node = aRole({ roleName: 'eks-node-role' });
  const aws = aRole({ roleName: 'aws-node', attachedManagedPolicies: [cni.attachment] });
  const inventory = anInventory({ iam: { roles: [node, aws] }, eks: { nodegroups: [aNodegroup({ nodeRoleArn: node.arn })] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
