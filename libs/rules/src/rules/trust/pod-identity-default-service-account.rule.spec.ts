import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPodIdentityAssociation, aPolicyDocument, aRole, anInventory, TEST_REGION, anOrganization } from '@rolecall/model/testing';
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

test('does not fire on a named service account; a cluster whose associations could not be listed is not assessed, others still are', () => {
  const named = aPodIdentityAssociation({ serviceAccount: 'api' });
  assert.deepEqual(run(engine, anInventory({ eks: { podIdentityAssociations: [named] } })), []);
  const seen = aPodIdentityAssociation({ serviceAccount: 'default', clusterName: 'seen' });
  const unlisted = `arn:aws:eks:${TEST_REGION}:${seen.accountId}:cluster/unlisted`;
  const gaps = [{ service: 'eks', operation: 'ListPodIdentityAssociations', region: TEST_REGION, errorCode: 'AccessDeniedException', resource: unlisted }];
  const { findings, notAssessed } = engine.assessAccount({ inventory: anInventory({ eks: { podIdentityAssociations: [seen] }, gaps }), organization: anOrganization() });
  assert.deepEqual(findings.map((finding) => [finding.resource.arn, finding.evidence.unread]), [[seen.arn, undefined]]);
  assert.deepEqual(notAssessed.map((entry) => [entry.region, entry.resource, entry.missing.map((missing) => missing.operation)]), [
    [TEST_REGION, { arn: unlisted, type: 'AWS::EKS::Cluster', name: 'unlisted' }, ['ListPodIdentityAssociations']],
  ]);
});

test('raises to high when the associated role is admin-equivalent', () => {
  const role = aRole({ roleName: 'app-pod-role', inlinePolicies: [{ policyName: 'all', document: aPolicyDocument('*') }] });
  const association = aPodIdentityAssociation({ serviceAccount: 'default', roleArn: role.arn });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] }, eks: { podIdentityAssociations: [association] } }));
  assert.equal(finding.severity, 'high');
  assert.equal(finding.evidence.adminEquivalent, true);
});
