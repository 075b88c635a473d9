import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyDocument } from './policy-document.parser';
import { trust } from './testing.fixtures';
import { analyzeTrust } from './trust.analyzer';
import type { TrustContext } from './trust-principal';

const ctx: TrustContext = { accountId: '111122223333', organizationAccountIds: new Set(['111122223333', '222233334444']) };

describe('analyzeTrust', () => {
  test('Principal * with no condition: one grant of kind any, nothing restricts', () => {
    const [grant] = analyzeTrust(trust({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }), ctx).grants;
    assert.deepEqual(grant, {
      principalKind: 'any',
      principalType: 'AWS',
      principal: '*',
      statement: 0,
      actions: ['sts:AssumeRole'],
      conditions: [],
      effectiveConditionKeys: [],
      requiresExternalId: false,
      confusedDeputyProtected: false,
      sourceConstraints: [],
      deniedBy: [],
    });
  });

  test('Principal * restricted by aws:PrincipalOrgID lists the effective key', () => {
    const { grants } = analyzeTrust(
      trust({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }),
      ctx,
    );
    assert.deepEqual(grants[0].effectiveConditionKeys, ['aws:PrincipalOrgID']);
  });

  test('accounts outside the organization, with and without an effective ExternalId', () => {
    const { grants } = analyzeTrust(
      trust(
        { Effect: 'Allow', Principal: { AWS: ['999988887777', 'arn:aws:iam::222233334444:root'] }, Action: 'sts:AssumeRole' },
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::888877776666:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'vendor-123' } },
        },
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::777766665555:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'vendor-456' } },
        },
      ),
      ctx,
    );
    assert.deepEqual(
      grants.map((g) => [g.accountId, g.insideOrganization, g.requiresExternalId]),
      [
        ['999988887777', false, false],
        ['222233334444', true, false],
        ['888877776666', false, true],
        ['777766665555', false, false],
      ],
    );
  });

  test('services as an array; confused-deputy conditions counted only when effective', () => {
    const { grants } = analyzeTrust(
      trust(
        { Effect: 'Allow', Principal: { Service: ['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' },
        {
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: {
            ArnLike: { 'aws:SourceArn': 'arn:aws:ecs:*:111122223333:*' },
            StringEquals: { 'aws:SourceAccount': '111122223333' },
          },
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringLike: { 'aws:SourceAccount': '*' } },
        },
      ),
      ctx,
    );
    assert.deepEqual(
      grants.map((g) => [g.principal, g.confusedDeputyProtected]),
      [
        ['ecs-tasks.amazonaws.com', false],
        ['ec2.amazonaws.com', false],
        ['ecs-tasks.amazonaws.com', true],
        ['lambda.amazonaws.com', false],
      ],
    );
    assert.deepEqual(grants[2].sourceConstraints.map((c) => [c.key, c.effective]), [
      ['aws:SourceAccount', true],
      ['aws:SourceArn', true],
    ]);
    assert.deepEqual(grants[3].sourceConstraints.map((c) => c.weakness), ['wildcard-all']);
  });

  test('unique-id principals (deleted roles) and NotPrincipal and Deny statements are flagged', () => {
    const analysis = analyzeTrust(
      trust(
        { Effect: 'Allow', Principal: { AWS: 'AROAEXAMPLEID1234567' }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: ['sts:AssumeRole', 'sts:TagSession'] },
        { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'sts:*' },
        { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'sts:TagSession' },
      ),
      ctx,
    );
    assert.deepEqual(
      analysis.grants.map((g) => [g.principalKind, g.actions, g.deniedBy]),
      [
        ['unique-id', ['sts:AssumeRole'], [2]],
        ['account', ['sts:AssumeRole', 'sts:TagSession'], [3]],
      ],
    );
    assert.deepEqual(analysis.notPrincipalStatements, [2]);
    assert.deepEqual(analysis.denyStatements, [2, 3]);
  });

  test('a URL-encoded trust document, as IAM returns it, gives the same grants', () => {
    const raw = { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' } };
    const encoded = encodeURIComponent(JSON.stringify(raw));
    assert.deepEqual(analyzeTrust(parsePolicyDocument(encoded), ctx), analyzeTrust(parsePolicyDocument(raw), ctx));
  });

  test('statements granting no STS action give no grant; action wildcards expand', () => {
    const { grants } = analyzeTrust(
      trust(
        { Effect: 'Allow', Principal: { AWS: '999988887777' }, Action: 'iam:GetRole' },
        { Effect: 'Allow', Principal: { AWS: '222233334444' }, Action: 'sts:*' },
      ),
      ctx,
    );
    assert.deepEqual(grants.map((g) => g.actions), [
      ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext'],
    ]);
  });
});
