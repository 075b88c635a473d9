import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPodIdentityAssociation, aPolicyDocument, aRole, anInventory, TEST_REGION } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { podIdentityDefaultServiceAccountRule } from './pod-identity-default-service-account.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(podIdentityDefaultServiceAccountRule);
});

test('fires medium on an association for the default service account', () => {
  const association = aPodIdentityAssociation({ associationId: 'a-default', namespace: 'batch', serviceAccount: 'default' });
  assert.deepEqual(run(engine, anInventory({ eks: { podIdentityAssociations: [association] } })), [
    {
      ruleId: 'eks.pod-identity-association.default-service-account',
      resource: { arn: association.arn, type: 'AWS::EKS::PodIdentityAssociation', name: 'app-eks/a-default' },
      severity: 'medium',
      evidence: { cluster: 'app-eks', namespace: 'batch', serviceAccount: 'default', roleArn: association.roleArn, adminEquivalent: false },
      relatedResources: [association.roleArn],
    },
  ]);
});

test('does not fire on a named service account, nor where EKS collection has a gap', () => {
  const named = aPodIdentityAssociation({ serviceAccount: 'api' });
  assert.deepEqual(run(engine, anInventory({ eks: { podIdentityAssociations: [named] } })), []);
  const hidden = aPodIdentityAssociation({ serviceAccount: 'default' });
  const gaps = [{ service: 'eks', operation: 'ListPodIdentityAssociations', region: TEST_REGION, errorCode: 'AccessDeniedException' }];
  assert.deepEqual(run(engine, anInventory({ eks: { podIdentityAssociations: [hidden] }, gaps })), []);
});

test('raises to high when the associated role is admin-equivalent', () => {
  const role = aRole({ roleName: 'app-pod-role', inlinePolicies: [{ policyName: 'all', document: aPolicyDocument('*') }] });
  const association = aPodIdentityAssociation({ serviceAccount: 'default', roleArn: role.arn });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] }, eks: { podIdentityAssociations: [association] } }));
  assert.equal(finding.severity, 'high');
  assert.equal(finding.evidence.adminEquivalent, true);
});
