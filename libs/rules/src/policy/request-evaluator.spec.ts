import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateRequest } from './request-evaluator';
import { policy } from './testing.fixtures';

const BUCKET = 'arn:aws:s3:::data/report.csv';

describe('evaluateRequest', () => {
  const permissions = {
    policies: [
      policy(
        'p',
        { Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::data/*' },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: '*', Condition: { StringEquals: { 's3:x-amz-acl': 'private' } } },
        { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      ),
    ],
  };

  test('allowed, implicitly denied, explicitly denied', () => {
    assert.equal(evaluateRequest(permissions, { action: 'S3:GETOBJECT', resource: BUCKET, context: {} }), 'allowed');
    assert.equal(evaluateRequest(permissions, { action: 's3:GetObject', resource: 'arn:aws:s3:::other/x', context: {} }), 'denied');
    assert.equal(
      evaluateRequest(permissions, { action: 's3:GetObject', resource: BUCKET, context: { 'aws:SecureTransport': 'false' } }),
      'denied',
    );
  });

  test('without a context, conditions are undecided', () => {
    assert.equal(evaluateRequest(permissions, { action: 's3:GetObject', resource: BUCKET }), 'conditional');
    assert.equal(evaluateRequest(permissions, { action: 's3:PutObject', resource: BUCKET }), 'conditional');
    assert.equal(evaluateRequest(permissions, { action: 's3:PutObject', resource: BUCKET, context: { 's3:x-amz-acl': 'private' } }), 'allowed');
    assert.equal(evaluateRequest(permissions, { action: 's3:PutObject', resource: BUCKET, context: { 's3:x-amz-acl': 'public-read' } }), 'denied');
  });

  test('an unsupported operator in an Allow makes the answer conditional', () => {
    const binary = { policies: [policy('p', { Effect: 'Allow', Action: '*', Resource: '*', Condition: { BinaryEquals: { k: 'QmluYXJ5' } } })] };
    assert.equal(evaluateRequest(binary, { action: 'ec2:RunInstances', resource: '*', context: { k: 'QmluYXJ5' } }), 'conditional');
  });

  test('NotAction and NotResource', () => {
    const p = {
      policies: [
        policy(
          'p',
          { Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::secret/*' },
          { Effect: 'Deny', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::scratch/*' },
        ),
      ],
    };
    assert.equal(evaluateRequest(p, { action: 'iam:PassRole', resource: '*', context: {} }), 'denied');
    assert.equal(evaluateRequest(p, { action: 's3:GetObject', resource: 'arn:aws:s3:::secret/k', context: {} }), 'denied');
    assert.equal(evaluateRequest(p, { action: 's3:GetObject', resource: BUCKET, context: {} }), 'allowed');
    assert.equal(evaluateRequest(p, { action: 's3:DeleteObject', resource: BUCKET, context: {} }), 'denied');
    assert.equal(evaluateRequest(p, { action: 's3:DeleteObject', resource: 'arn:aws:s3:::scratch/k', context: {} }), 'allowed');
  });

  test('the permissions boundary must allow too', () => {
    const p = {
      policies: [policy('admin', { Effect: 'Allow', Action: '*', Resource: '*' })],
      permissionsBoundary: policy('b', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    };
    assert.equal(evaluateRequest(p, { action: 's3:GetObject', resource: BUCKET, context: {} }), 'allowed');
    assert.equal(evaluateRequest(p, { action: 's3:PutObject', resource: BUCKET, context: {} }), 'denied');
  });
});
