import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { trust } from './testing.fixtures';
import { analyzeTrust } from './trust.analyzer';
import type { TrustContext } from './trust-principal';

const ISSUER = 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123';
const PROVIDER = `arn:aws:iam::111122223333:oidc-provider/${ISSUER}`;
const ctx: TrustContext = {
  accountId: '111122223333',
  organizationAccountIds: new Set(['111122223333']),
  oidcProviders: [{ arn: PROVIDER, issuer: `https://${ISSUER}` }],
};

const irsa = (condition?: object, federated = PROVIDER) => {
  const statement = { Effect: 'Allow', Principal: { Federated: federated }, Action: 'sts:AssumeRoleWithWebIdentity' };
  const [grant] = analyzeTrust(trust(condition === undefined ? statement : { ...statement, Condition: condition }), ctx).grants;
  const facts = grant.webIdentity;
  assert.ok(facts !== undefined);
  return facts;
};

describe('IRSA trust (OIDC provider)', () => {
  test('sub pinned with StringEquals: one service account, nothing weak', () => {
    const facts = irsa({
      StringEquals: { [`${ISSUER}:sub`]: 'system:serviceaccount:payments:api', [`${ISSUER}:aud`]: 'sts.amazonaws.com' },
    });
    assert.deepEqual(facts, {
      providerType: 'oidc-provider',
      issuer: ISSUER,
      providerArn: PROVIDER,
      knownProvider: true,
      sub: {
        constraints: [{ key: `${ISSUER}:sub`, operator: 'StringEquals', values: ['system:serviceaccount:payments:api'], effective: true }],
        effective: true,
      },
      aud: {
        constraints: [{ key: `${ISSUER}:aud`, operator: 'StringEquals', values: ['sts.amazonaws.com'], effective: true }],
        effective: true,
      },
      serviceAccounts: [{ namespace: 'payments', name: 'api' }],
    });
  });

  test('aud only: any service account of the cluster', () => {
    const facts = irsa({ StringEquals: { [`${ISSUER}:aud`]: 'sts.amazonaws.com' } });
    assert.deepEqual(facts.sub, { constraints: [], effective: false, weakness: 'missing' });
    assert.equal(facts.aud.effective, true);
    assert.equal(facts.serviceAccounts, 'any');
  });

  test('StringLike wildcards: all service accounts versus one namespace', () => {
    for (const value of ['system:serviceaccount:*', 'system:serviceaccount:*:*', '*:*', '*']) {
      const facts = irsa({ StringLike: { [`${ISSUER}:sub`]: value } });
      assert.equal(facts.sub.weakness, 'wildcard-all', value);
      assert.equal(facts.serviceAccounts, 'any', value);
    }
    const namespace = irsa({ StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:payments:*' } });
    assert.deepEqual(
      { effective: namespace.sub.effective, weakness: namespace.sub.weakness, serviceAccounts: namespace.serviceAccounts },
      { effective: true, weakness: 'namespace-wildcard', serviceAccounts: [{ namespace: 'payments', name: '*' }] },
    );
  });

  test('StringEquals with * is literal: it admits no service account', () => {
    const facts = irsa({ StringEquals: { [`${ISSUER}:sub`]: '*' } });
    assert.equal(facts.sub.effective, true);
    assert.equal(facts.sub.weakness, undefined);
    assert.deepEqual(facts.serviceAccounts, []);
  });

  test('sub keyed on another issuer does not restrict this provider', () => {
    const facts = irsa({ StringEquals: { 'oidc.eks.us-east-1.amazonaws.com/id/OTHER:sub': 'system:serviceaccount:payments:api' } });
    assert.deepEqual(facts.sub, {
      constraints: [
        {
          key: 'oidc.eks.us-east-1.amazonaws.com/id/OTHER:sub',
          operator: 'StringEquals',
          values: ['system:serviceaccount:payments:api'],
          effective: false,
          weakness: 'other-issuer',
        },
      ],
      effective: false,
      weakness: 'other-issuer',
    });
    assert.equal(facts.serviceAccounts, 'any');
  });

  test('issue 14 case 6: IfExists and ForAllValues on sub restrict as the plain operator (tokens always carry one sub)', () => {
    for (const operator of ['StringEqualsIfExists', 'ForAllValues:StringEquals', 'ForAnyValue:StringEquals']) {
      const facts = irsa({ [operator]: { [`${ISSUER}:sub`]: 'system:serviceaccount:a:b' } });
      assert.deepEqual([facts.sub.effective, facts.sub.weakness, facts.serviceAccounts], [true, undefined, [{ namespace: 'a', name: 'b' }]], operator);
    }
    assert.equal(irsa({ 'ForAllValues:StringNotEquals': { [`${ISSUER}:sub`]: 'system:serviceaccount:a:b' } }).sub.weakness, 'negated');
  });

  test('issue 14 case 4: ? wildcards are read as AWS reads them: ?* admits every non-empty namespace and name', () => {
    for (const value of ['system:serviceaccount:?*:*', '*:?*', '?*:?*', 'system:serviceaccount:?*', 'system:serviceaccount:*:?*']) {
      const facts = irsa({ StringLike: { [`${ISSUER}:sub`]: value } });
      assert.deepEqual([facts.sub.weakness, facts.serviceAccounts], ['wildcard-all', 'any'], value);
    }
    assert.equal(irsa({ StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:???:*' } }).sub.weakness, 'namespace-wildcard');
  });

  test('issue 14 case 4: StringEqualsIgnoreCase on an upper-case sub binds the lower-case service account', () => {
    const facts = irsa({ StringEqualsIgnoreCase: { [`${ISSUER}:sub`]: 'SYSTEM:SERVICEACCOUNT:PAYMENTS:API' } });
    assert.deepEqual(facts.serviceAccounts, [{ namespace: 'payments', name: 'api' }]);
    assert.deepEqual(irsa({ StringEquals: { [`${ISSUER}:sub`]: 'SYSTEM:SERVICEACCOUNT:PAYMENTS:API' } }).serviceAccounts, []);
  });

  test('issue 14 case 6: a Deny StringNotEquals sub restricts the subject and cancels nothing', () => {
    const document = trust(
      { Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: 'sts:AssumeRoleWithWebIdentity' },
      {
        Effect: 'Deny',
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringNotEquals: { [`${ISSUER}:sub`]: 'system:serviceaccount:a:b' } },
      },
    );
    const [grant] = analyzeTrust(document, ctx).grants;
    assert.deepEqual(grant.deniedBy, []);
    assert.deepEqual([grant.webIdentity?.sub.effective, grant.webIdentity?.sub.weakness, grant.webIdentity?.serviceAccounts], [
      true,
      undefined,
      [{ namespace: 'a', name: 'b' }],
    ]);
    assert.equal(grant.webIdentity?.sub.constraints[0].effect, 'Deny');
  });

  test('condition keys match the issuer whatever their case', () => {
    const facts = irsa({ StringEquals: { [`${ISSUER.toUpperCase()}:SUB`]: 'system:serviceaccount:a:b' } });
    assert.equal(facts.sub.effective, true);
  });

  test('a provider missing from the account is flagged', () => {
    const other = 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/GONE';
    assert.equal(irsa({}, other).knownProvider, false);
  });
});

describe('other federations', () => {
  test('Cognito: issuer cognito-identity.amazonaws.com, aud is the identity pool', () => {
    const facts = irsa(
      { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'eu-west-1:pool-id' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } },
      'cognito-identity.amazonaws.com',
    );
    assert.deepEqual([facts.providerType, facts.issuer, facts.aud.effective, facts.sub.weakness], ['cognito', 'cognito-identity.amazonaws.com', true, 'missing']);
    assert.equal('knownProvider' in facts, false);
  });

  test('SAML principals are grants of kind saml without web-identity facts', () => {
    const [grant] = analyzeTrust(
      trust({
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/okta' },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      }),
      ctx,
    ).grants;
    assert.deepEqual([grant.principalKind, grant.actions, grant.webIdentity], ['saml', ['sts:AssumeRoleWithSAML'], undefined]);
  });
});
