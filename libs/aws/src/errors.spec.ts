import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountAccessError, AwsCallError, errorCodeOf } from './errors';

test('error codes come from AWS (Code, then name), then the network layer', () => {
  assert.equal(errorCodeOf(Object.assign(new Error('x'), { name: 'AccessDeniedException' })), 'AccessDeniedException');
  assert.equal(errorCodeOf(Object.assign(new Error('x'), { Code: 'AuthFailure', name: 'Error' })), 'AuthFailure');
  assert.equal(errorCodeOf(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })), 'ECONNREFUSED');
  assert.equal(errorCodeOf('nope'), 'UnknownError');
});

test('a failed call becomes a gap with where it failed; account access errors carry the code', () => {
  const cause = Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' });
  assert.deepEqual(new AwsCallError('ecs', 'ListClusters', 'eu-west-1', cause).toGap(), {
    service: 'ecs',
    operation: 'ListClusters',
    region: 'eu-west-1',
    errorCode: 'AccessDenied',
    message: 'User is not authorized',
  });
  const denied = new AccountAccessError('111122223333', 'AccessDenied', 'not allowed');
  assert.equal(denied.code, 'AccessDenied');
  assert.equal(denied.message, 'cannot assume the member role in 111122223333: AccessDenied: not allowed');
  assert.equal(new AwsCallError('iam', 'X', 'global', new Error('y'.repeat(400))).message.length, 303);
});
