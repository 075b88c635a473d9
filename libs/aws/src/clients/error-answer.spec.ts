import { test } from 'node:test';
import assert from 'node:assert/strict';
import { awsErrorCodeOf, contentTypeOf, isNonAwsAnswer, isUnsupportedOperation } from './error-answer';

const answer = (name: string, status?: number, extra: object = {}) =>
  Object.assign(new Error('x'), { name, ...extra }, status === undefined ? {} : { $metadata: { httpStatusCode: status } });

test('the AWS error code: Code, then name, except the names the SDK gives an answer without one', () => {
  assert.equal(awsErrorCodeOf(answer('Error', 403, { Code: 'AuthFailure' })), 'AuthFailure');
  assert.equal(awsErrorCodeOf(answer('UnknownOperationException', 400)), 'UnknownOperationException');
  assert.deepEqual(
    ['SyntaxError', 'Error', 'Unknown', 'UnknownError', 'NotFound'].map((name) => awsErrorCodeOf(answer(name, 404))),
    [undefined, undefined, undefined, undefined, undefined],
  );
});

test('unsupported: unknown-operation codes whatever the status, 501, a 404 without an AWS code', () => {
  const unsupported = [
    answer('UnknownOperationException', 400),
    answer('UnknownOperationException', 404),
    answer('UnknownOperationException', 503),
    answer('Error', 400, { Code: 'InvalidAction' }),
    answer('NotImplemented', 501),
    answer('InternalFailure', 501),
    answer('SyntaxError', 404),
    answer('NotFound', 404),
  ];
  assert.deepEqual(unsupported.map(isUnsupportedOperation), unsupported.map(() => true));
  const others = [
    // A missing resource is AWS's 404 with its code; credentials and region problems are not about the operation.
    answer('ResourceNotFoundException', 404),
    answer('UnrecognizedClientException', 400),
    answer('AccessDeniedException', 400),
    answer('ThrottlingException', 400),
    answer('SyntaxError', 502),
    answer('ServerException', 500),
    Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  ];
  assert.deepEqual(others.map(isUnsupportedOperation), others.map(() => false));
});

test('a non-AWS answer is an HTTP error without an AWS code; its media type is read without parameters', () => {
  assert.equal(isNonAwsAnswer(answer('SyntaxError', 502)), true);
  assert.equal(isNonAwsAnswer(answer('ServerException', 500)), false);
  assert.equal(isNonAwsAnswer(answer('Error')), false);
  assert.equal(contentTypeOf({ $response: { headers: { 'content-type': 'text/html; charset=utf-8' } } }), 'text/html');
  assert.equal(contentTypeOf({ $response: { headers: { 'Content-Type': 'application/x-amz-json-1.1' } } }), 'application/x-amz-json-1.1');
  assert.equal(contentTypeOf({ $response: { headers: { 'content-type': '<script>' } } }), undefined);
  assert.equal(contentTypeOf({}), undefined);
});
