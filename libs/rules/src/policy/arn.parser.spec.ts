import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arnMatches, parseArn } from './arn.parser';

test('parseArn keeps colons inside the resource part', () => {
  assert.deepEqual(parseArn('arn:aws:ecs:eu-west-1:111122223333:task-definition/web:12'), {
    partition: 'aws',
    service: 'ecs',
    region: 'eu-west-1',
    account: '111122223333',
    resource: 'task-definition/web:12',
  });
  assert.equal(parseArn('111122223333'), undefined);
  assert.equal(parseArn('urn:aws:iam::1:root'), undefined);
});

test('arnMatches compares the six parts separately: * does not cross a colon before the resource', () => {
  const value = 'arn:aws:ecs:eu-west-1:111122223333:task/cluster/abc';
  assert.equal(arnMatches('arn:aws:ecs:*:111122223333:*', value), true);
  assert.equal(arnMatches('arn:aws:ecs:*:444455556666:*', value), false);
  assert.equal(arnMatches('arn:aws:*:111122223333:*:*', value), false);
  assert.equal(arnMatches('arn:aws:ecs:eu-west-?:111122223333:task/*', value), true);
  assert.equal(arnMatches('arn:aws:ECS:*:111122223333:*', value), false);
  assert.equal(arnMatches('arn:aws:ecs:*:111122223333:*', 'not-an-arn'), false);
  assert.equal(arnMatches('*', value), true);
});

test('issue 14 case 6: a pattern of fewer than six parts does not let * cross colons', () => {
  assert.equal(arnMatches('arn:aws:iam::*', 'arn:aws:iam::111122223333:role/x'), false);
  assert.equal(arnMatches('arn:aws:sns:*:111122223333', 'arn:aws:sns:us-east-1:111122223333:topic'), false);
  assert.equal(arnMatches('*', 'arn:aws:iam::111122223333:role/x'), true);
});
