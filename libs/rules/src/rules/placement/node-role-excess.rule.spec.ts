import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { type AttachedPolicy } from '@rolecall/model';
import { aNodegroup, aPolicyDocument, aRole, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { nodeRoleExcessRule } from './node-role-excess.rule';
import { awsManaged, decided } from './testing';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(nodeRoleExcessRule);
});

const worker = awsManaged('AmazonEKSWorkerNodePolicy');
const ecr = awsManaged('AmazonEC2ContainerRegistryReadOnly');
const cni = awsManaged('AmazonEKS_CNI_Policy');

function scenario(attached: AttachedPolicy[], inline: unknown[]) {
  const role = aRole({
    roleName: 'eks-node-role',
    attachedManagedPolicies: attached,
    inlinePolicies: inline.map((document, index) => ({ policyName: `p${index}`, document })),
  });
  const nodegroup = aNodegroup({ nodeRoleArn: role.arn });
  const managedPolicies = attached.map((attachment) => [worker, ecr, cni].find((m) => m.attachment === attachment)?.policy ?? worker.policy);
  return { role, nodegroup, inventory: anInventory({ iam: { roles: [role], managedPolicies }, eks: { nodegroups: [nodegroup] } }) };
}

test('fires on a node role with administrator-like grants, critical, listing the first 20 excess actions', () => {
  const { role, nodegroup, inventory } = scenario([worker.attachment, ecr.attachment], [aPolicyDocument('*')]);
  const findings = engine.evaluateAccount({ inventory, organization: anOrganization() });
  assert.equal(findings.length, 1);
  const { evidence, ...finding } = decided(findings)[0] ?? assert.fail('no finding');
  const count = evidence.excessActionCount as number;
  assert.ok(count > 10_000, `${count} excess actions`);
  assert.deepEqual(finding, {
    ruleId: 'iam.role.eks-node-role-excess-permissions',
    severity: 'critical',
    message: `Node role eks-node-role grants ${count} action(s) beyond AmazonEKSWorkerNodePolicy + AmazonEC2ContainerRegistryReadOnly.`,
    resource: { arn: role.arn, type: 'AWS::IAM::Role', name: 'eks-node-role' },
    relatedResources: [nodegroup.arn],
    fingerprint: findingFingerprint('iam.role.eks-node-role-excess-permissions', role.arn),
  });
  assert.deepEqual(evidence.baseline, ['AmazonEKSWorkerNodePolicy', 'AmazonEC2ContainerRegistryReadOnly']);
  assert.equal(evidence.adminEquivalent, true);
  assert.equal((evidence.excessActions as string[]).length, 20);
  assert.equal((evidence.sensitiveActions as string[]).length, 20);
});

test('worker, ECR read-only and CNI policies are the baseline; no worker policy in the inventory is not assessed', () => {
  const { inventory } = scenario([worker.attachment, ecr.attachment, cni.attachment], []);
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
  const unknown = scenario([worker.attachment], [aPolicyDocument('s3:*')]).inventory;
  unknown.iam.managedPolicies = [];
  assert.deepEqual(engine.evaluateAccount({ inventory: unknown, organization: anOrganization() }), []);
});
