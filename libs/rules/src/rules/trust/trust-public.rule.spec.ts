import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, aRole, aTrustPolicy, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { trustPublicRule } from './trust-public.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(trustPublicRule);
});

test('fires on Principal AWS "*" with no condition, fingerprinted by rule, role and grant', () => {
  const role = aRole({ roleName: 'open', trustPolicy: aTrustPolicy({ AWS: '*' }) });
  const findings = engine.evaluateAccount({ inventory: anInventory({ iam: { roles: [role] } }), organization: { accounts: [] } });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.resource, f.severity, f.evidence, f.fingerprint]),
    [[
      'iam.role.trust-public',
      { arn: role.arn, type: 'AWS::IAM::Role', name: 'open' },
      'critical',
      { statement: 0, principal: '*', actions: ['sts:AssumeRole'], conditions: [], adminEquivalent: false },
      findingFingerprint('iam.role.trust-public', role.arn, '0:*'),
    ]],
  );
});

test('fires on a bare "*" principal with only a non-restricting IfExists condition, on an admin role', () => {
  const condition = { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorgid' } };
  const role = aRole({
    roleName: 'open-admin',
    trustPolicy: aTrustPolicy('*', 'sts:AssumeRole', condition),
    inlinePolicies: [{ policyName: 'admin', document: aPolicyDocument('*') }],
  });
  const [finding] = run(engine, anInventory({ iam: { roles: [role] } }));
  assert.equal(finding.severity, 'critical');
  assert.deepEqual(finding.evidence, {
    statement: 0,
    principal: '*',
    actions: ['sts:AssumeRole'],
    conditions: ['StringEqualsIfExists aws:PrincipalOrgID'],
    adminEquivalent: true,
  });
});

test('does not fire on scoped, denied, service-linked or non-public trusts', () => {
  const roles = [
    aRole({ roleName: 'org-scoped', trustPolicy: aTrustPolicy({ AWS: '*' }, 'sts:AssumeRole', { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } }) }),
    aRole({
      roleName: 'denied',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
          { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
        ],
      },
    }),
    aRole({ roleName: 'AWSServiceRoleForX', path: '/aws-service-role/x.amazonaws.com/', trustPolicy: aTrustPolicy({ AWS: '*' }) }),
    aRole({ roleName: 'task' }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles } })), []);
});

test('without the roles, the account is not assessed (never a pass); other IAM gaps do not touch trust', () => {
  const gaps = [{ service: 'iam', operation: 'GetAccountAuthorizationDetails', region: 'global', errorCode: 'AccessDenied' }];
  const inventory = anInventory({ gaps });
  const { findings, notAssessed } = engine.assessAccount({ inventory, organization: anOrganization() });
  assert.deepEqual(findings, []);
  assert.deepEqual(notAssessed, [
    { ruleId: 'iam.role.trust-public', accountId: inventory.accountId, region: 'global', resource: null, missing: [{ service: 'iam', operation: 'GetAccountAuthorizationDetails', errorCode: 'AccessDenied' }] },
  ]);
  const role = aRole({ trustPolicy: aTrustPolicy({ AWS: '*' }) });
  const advisorGaps = [{ service: 'iam', operation: 'GenerateServiceLastAccessedDetails', region: 'global', errorCode: 'Throttling' }];
  const assessed = engine.assessAccount({ inventory: anInventory({ iam: { roles: [role] }, gaps: advisorGaps }), organization: anOrganization() });
  assert.deepEqual([assessed.findings.length, assessed.findings[0]?.evidence.unread, assessed.notAssessed], [1, undefined, []]);
});
