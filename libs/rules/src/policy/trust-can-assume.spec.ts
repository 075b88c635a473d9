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
