import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, aRole, aTrustPolicy, anInventory, anOrganization, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { trustExternalAccountRule } from './trust-external-account.rule';

const OUTSIDE = '999988887777';
const MEMBER = '222233334444';
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(trustExternalAccountRule);
});

test('fires high on an outside account root without ExternalId, critical when the role is admin-equivalent', () => {
  const vendor = aRole({ roleName: 'vendor', trustPolicy: aTrustPolicy({ AWS: `arn:aws:iam::${OUTSIDE}:root` }) });
  const admin = aRole({
    roleName: 'vendor-admin',
    trustPolicy: aTrustPolicy({ AWS: OUTSIDE }),
    attachedManagedPolicies: [{ policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
  });
  const adminPolicy = { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', accountId: TEST_ACCOUNT_ID, region: 'global', policyName: 'AdministratorAccess', path: '/', awsManaged: true, defaultVersionId: 'v1', attachmentCount: 1, document: aPolicyDocument('*') };
  const findings = run(engine, anInventory({ iam: { roles: [vendor, admin], managedPolicies: [adminPolicy] } }), anOrganization([TEST_ACCOUNT_ID, MEMBER]));
  assert.deepEqual(findings.map((f) => [f.resource.name, f.severity, f.evidence]), [
    ['vendor', 'high', { statement: 0, principal: `arn:aws:iam::${OUTSIDE}:root`, actions: ['sts:AssumeRole'], externalAccountId: OUTSIDE, requiresExternalId: false, adminEquivalent: false }],
    ['vendor-admin', 'critical', { statement: 0, principal: OUTSIDE, actions: ['sts:AssumeRole'], externalAccountId: OUTSIDE, requiresExternalId: false, adminEquivalent: true }],
  ]);
  assert.ok(findings.every((f) => f.ruleId === 'iam.role.trust-external-account'));
});

test('fires high when the ExternalId condition is IfExists (holds without one), low when it is required', () => {
  const condition = (operator: string) => ({ [operator]: { 'sts:ExternalId': 'abc' } });
  const weak = aRole({ roleName: 'weak', trustPolicy: aTrustPolicy({ AWS: `arn:aws:iam::${OUTSIDE}:role/partner` }, 'sts:AssumeRole', condition('StringEqualsIfExists')) });
  const vendor = aRole({ roleName: 'vendor', trustPolicy: aTrustPolicy({ AWS: `arn:aws:iam::${OUTSIDE}:root` }, 'sts:AssumeRole', condition('StringEquals')) });
  const findings = run(engine, anInventory({ iam: { roles: [weak, vendor] } }));
  assert.deepEqual(findings.map((f) => [f.resource.name, f.severity, f.evidence.requiresExternalId]), [
    ['weak', 'high', false],
    ['vendor', 'low', true],
  ]);
  const [, required] = engine.evaluateAccount({ inventory: anInventory({ iam: { roles: [weak, vendor] } }), organization: anOrganization() });
  assert.equal(required?.message, `Role vendor trusts arn:aws:iam::${OUTSIDE}:root in account ${OUTSIDE}, outside the organization, with a required ExternalId.`);
});

test('does not fire on the own account, organization members or services', () => {
  const roles = [
    aRole({ roleName: 'own', trustPolicy: aTrustPolicy({ AWS: `arn:aws:iam::${TEST_ACCOUNT_ID}:root` }) }),
    aRole({ roleName: 'member', trustPolicy: aTrustPolicy({ AWS: `arn:aws:iam::${MEMBER}:role/ci` }) }),
    aRole({ roleName: 'ec2', trustPolicy: aTrustPolicy({ Service: 'ec2.amazonaws.com' }) }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles } }), anOrganization([TEST_ACCOUNT_ID, MEMBER])), []);
});
