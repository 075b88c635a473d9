import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountAccessError, AwsCallError, errorCodeOf, errorMessageOf } from './errors';

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

/** An SDK error for an answer without an AWS error code, as the SDK builds it (name from its failed parse). */
function nonAwsAnswer(name: string, message: string, status: number, contentType?: string): Error {
  const headers = contentType === undefined ? {} : { 'Content-Type': contentType };
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, $response: { statusCode: status, headers } });
}

test('an answer without an AWS error code: a readable code, its status and media type, never its body', () => {
  const json404 = nonAwsAnswer('SyntaxError', `Unexpected token '<', "<!DOCTYPE "... is not valid JSON`, 404, 'text/html; charset=utf-8');
  const gap = new AwsCallError('ecs', 'ListClusters', 'us-east-1', json404).toGap();
  assert.equal(gap.errorCode, 'UnsupportedOperation');
  assert.equal(gap.message, 'HTTP 404 answer without an AWS error code (text/html)');
  // Query/EC2: a 404 the SDK names "NotFound"; an unparsable 501 ("Error"); a 502 from a proxy; an odd media type is left out.
  const xml404 = new AwsCallError('iam', 'ListRoles', 'global', nonAwsAnswer('NotFound', 'Unknown', 404, 'text/html'));
  assert.deepEqual([xml404.code, xml404.message], ['UnsupportedOperation', 'HTTP 404 answer without an AWS error code (text/html)']);
  const xml501 = new AwsCallError('ec2', 'DescribeInstances', 'us-east-1', nonAwsAnswer('Error', '@aws-sdk XML parse error', 501));
  assert.deepEqual([xml501.code, xml501.message], ['UnsupportedOperation', 'HTTP 501 answer without an AWS error code']);
  const proxy = new AwsCallError('eks', 'ListClusters', 'us-east-1', nonAwsAnswer('Unknown', 'UnknownError', 502, 'text/<b>html'));
  assert.deepEqual([proxy.code, proxy.message], ['Http502', 'HTTP 502 answer without an AWS error code']);
  // An AWS error code is kept, whatever the status.
  const eks = Object.assign(new Error('Unknown operation'), { name: 'UnknownOperationException', $metadata: { httpStatusCode: 404 } });
  assert.equal(errorCodeOf(eks), 'UnknownOperationException');
  assert.equal(errorMessageOf(eks), 'Unknown operation');
});
