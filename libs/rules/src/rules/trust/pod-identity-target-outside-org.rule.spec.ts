import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPodIdentityAssociation, anInventory, anOrganization, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { podIdentityTargetOutsideOrgRule } from './pod-identity-target-outside-org.rule';

const MEMBER = '222233334444';
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(podIdentityTargetOutsideOrgRule);
});

test('fires high on a target role in an account outside the organization', () => {
  const target = 'arn:aws:iam::999988887777:role/vendor';
  const association = aPodIdentityAssociation({ associationId: 'a-vendor', targetRoleArn: target });
  const findings = run(engine, anInventory({ eks: { podIdentityAssociations: [association] } }), anOrganization([TEST_ACCOUNT_ID, MEMBER]));
  assert.deepEqual(findings, [
    {
      ruleId: 'eks.pod-identity-association.target-role-outside-org',
      resource: { arn: association.arn, type: 'AWS::EKS::PodIdentityAssociation', name: 'app-eks/a-vendor' },
      severity: 'high',
      evidence: { cluster: 'app-eks', namespace: 'app', serviceAccount: 'app', roleArn: association.roleArn, targetRoleArn: target, targetAccountId: '999988887777', adminEquivalent: false },
      relatedResources: [association.roleArn, target],
    },
  ]);
});

test('does not fire without a target or with a target inside the organization', () => {
  const associations = [
    aPodIdentityAssociation({ associationId: 'a-none' }),
    aPodIdentityAssociation({ associationId: 'a-member', targetRoleArn: `arn:aws:iam::${MEMBER}:role/data` }),
  ];
  assert.deepEqual(run(engine, anInventory({ eks: { podIdentityAssociations: associations } }), anOrganization([TEST_ACCOUNT_ID, MEMBER])), []);
});
