import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPrincipal, type TrustContext } from './trust-principal';

const ctx: TrustContext = { accountId: '111122223333', organizationAccountIds: new Set(['111122223333', '222233334444']) };

test('AWS principals: any, accounts (bare id or root), roles, users, sessions, unique ids', () => {
  const cases: [string, object][] = [
    ['*', { principalKind: 'any' }],
    ['999988887777', { principalKind: 'account', accountId: '999988887777', insideOrganization: false }],
    ['arn:aws:iam::222233334444:root', { principalKind: 'account', accountId: '222233334444', insideOrganization: true }],
    ['arn:aws:iam::111122223333:role/ci/deployer', { principalKind: 'role', accountId: '111122223333', insideOrganization: true }],
    ['arn:aws:iam::999988887777:user/alice', { principalKind: 'user', accountId: '999988887777', insideOrganization: false }],
    ['arn:aws:sts::999988887777:assumed-role/r/s', { principalKind: 'assumed-role', accountId: '999988887777', insideOrganization: false }],
    ['AROAEXAMPLEID1234567', { principalKind: 'unique-id' }],
    ['AIDAEXAMPLEID1234567', { principalKind: 'unique-id' }],
    ['arn:aws:iam::999988887777:group/g', { principalKind: 'other', accountId: '999988887777', insideOrganization: false }],
  ];
  for (const [value, expected] of cases) {
    assert.deepEqual(classifyPrincipal('AWS', value, ctx), { principalType: 'AWS', principal: value, ...expected }, value);
  }
});

test('Service, Federated (OIDC provider, Cognito, SAML) and CanonicalUser', () => {
  assert.deepEqual(classifyPrincipal('Service', 'ecs-tasks.amazonaws.com', ctx), {
    principalKind: 'service',
    principalType: 'Service',
    principal: 'ecs-tasks.amazonaws.com',
  });
  const oidc = 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC';
  assert.deepEqual(classifyPrincipal('Federated', oidc, ctx), {
    principalKind: 'oidc',
    principalType: 'Federated',
    principal: oidc,
    accountId: '111122223333',
    insideOrganization: true,
  });
  assert.equal(classifyPrincipal('Federated', 'cognito-identity.amazonaws.com', ctx).principalKind, 'oidc');
  assert.equal(classifyPrincipal('Federated', 'arn:aws:iam::111122223333:saml-provider/okta', ctx).principalKind, 'saml');
  assert.equal(classifyPrincipal('CanonicalUser', '79a59df900b949e55d96a1e698fbaced', ctx).principalKind, 'other');
});
