import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { trust } from './testing.fixtures';
import { canAssume } from './trust-can-assume';

const TASK_ROLE = { arn: 'arn:aws:iam::111122223333:role/app/task', accountId: '111122223333' };
const SESSION = { arn: 'arn:aws:sts::111122223333:assumed-role/task/ecs-session', accountId: '111122223333' };
const STRANGER = { arn: 'arn:aws:iam::999988887777:role/x', accountId: '999988887777' };

describe('canAssume', () => {
  test('the account root (or bare id) admits any principal of that account', () => {
    const policy = trust({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' });
    assert.equal(canAssume(policy, TASK_ROLE), 'yes');
    assert.equal(canAssume(policy, SESSION), 'yes');
    assert.equal(canAssume(policy, STRANGER), 'no');
    assert.equal(canAssume(trust({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }), TASK_ROLE), 'yes');
  });

  test('a role ARN admits the role and its sessions, not other roles', () => {
    const policy = trust({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app/task' }, Action: 'sts:AssumeRole' });
    assert.equal(canAssume(policy, TASK_ROLE), 'yes');
    assert.equal(canAssume(policy, SESSION), 'yes');
    assert.equal(canAssume(policy, { arn: 'arn:aws:iam::111122223333:role/other', accountId: '111122223333' }), 'no');
  });

  test('service and web-identity trusts do not admit AWS callers; * does', () => {
    assert.equal(canAssume(trust({ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }), TASK_ROLE), 'no');
    assert.equal(canAssume(trust({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }), STRANGER), 'yes');
  });

  test('conditions: undecided without a context, decided with one; principal keys come from the caller', () => {
    const external = trust({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'e-1' } },
    });
    assert.equal(canAssume(external, STRANGER), 'conditional');
    assert.equal(canAssume(external, STRANGER, { 'sts:ExternalId': 'e-1' }), 'yes');
    assert.equal(canAssume(external, STRANGER, {}), 'no');
    const sameAccount = trust({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } },
    });
    assert.equal(canAssume(sameAccount, TASK_ROLE), 'yes');
    assert.equal(canAssume(sameAccount, STRANGER), 'no');
  });

  test('a Deny wins; NotPrincipal in a Deny spares only the listed ARN', () => {
    const policy = trust(
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/app/task' }, Action: 'sts:AssumeRole' },
    );
    assert.equal(canAssume(policy, TASK_ROLE), 'yes');
    assert.equal(canAssume(policy, { arn: 'arn:aws:iam::111122223333:role/other', accountId: '111122223333' }), 'no');
  });
});

describe('issue 14 case 5: principal keys filled for every caller kind', () => {
  const USER = { arn: 'arn:aws:iam::111122223333:user/ci', accountId: '111122223333' };
  const ROOT = { arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' };
  const ACCOUNT_TRUST = { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' };

  test('a Deny on aws:PrincipalArn of the role applies to its sessions (the role ARN, with its path when known)', () => {
    const policy = trust(ACCOUNT_TRUST, {
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'sts:AssumeRole',
      Condition: { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app/task' } },
    });
    assert.equal(canAssume(policy, { ...SESSION, roleArn: 'arn:aws:iam::111122223333:role/app/task' }, {}), 'no');
    assert.equal(canAssume(policy, TASK_ROLE, {}), 'no');
    assert.equal(canAssume(policy, USER, {}), 'yes');
  });

  test('an Allow on aws:PrincipalArn user/* admits IAM users, not roles; PrincipalType tells them apart', () => {
    const users = trust({ ...ACCOUNT_TRUST, Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/*' } } });
    assert.equal(canAssume(users, USER, {}), 'yes');
    assert.equal(canAssume(users, SESSION, {}), 'no');
    const rootOnly = trust({ ...ACCOUNT_TRUST, Condition: { StringEquals: { 'aws:PrincipalType': 'Account' } } });
    assert.equal(canAssume(rootOnly, ROOT, {}), 'yes');
    assert.equal(canAssume(rootOnly, USER, {}), 'no');
  });

  test('aws:PrincipalOrgID and aws:PrincipalTag come from the caller; unknown, they leave the answer conditional', () => {
    const org = trust({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } });
    assert.equal(canAssume(org, { ...STRANGER, organizationId: 'o-abc' }, {}), 'yes');
    assert.equal(canAssume(org, { ...STRANGER, organizationId: 'o-other' }, {}), 'no');
    assert.equal(canAssume(org, STRANGER), 'conditional');
    const tagged = trust({ ...ACCOUNT_TRUST, Condition: { StringEquals: { 'aws:PrincipalTag/team': 'platform' } } });
    assert.equal(canAssume(tagged, { ...USER, tags: { team: 'platform' } }, {}), 'yes');
    assert.equal(canAssume(tagged, { ...USER, tags: { team: 'web' } }, {}), 'no');
  });
});
