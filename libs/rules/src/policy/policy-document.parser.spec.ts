import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicyParseError, parsePolicyDocument } from './policy-document.parser';
import { serializePolicyDocument } from './policy-document.serializer';

describe('parsePolicyDocument', () => {
  test('a single Statement object becomes a list, strings become arrays', () => {
    const doc = parsePolicyDocument({
      Version: '2012-10-17',
      Statement: { Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    });
    assert.deepEqual(doc, {
      version: '2012-10-17',
      statements: [
        {
          index: 0,
          sid: 'One',
          effect: 'Allow',
          action: { negated: false, patterns: ['s3:GetObject'] },
          resource: { negated: false, patterns: ['arn:aws:s3:::b/*'] },
          conditions: [],
        },
      ],
    });
  });

  test('NotAction, NotResource and a trust statement without Resource', () => {
    const doc = parsePolicyDocument({
      Statement: [
        { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], NotResource: 'arn:aws:iam::*:role/x' },
        { Effect: 'Allow', Principal: { Service: ['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole' },
      ],
    });
    assert.deepEqual(doc.statements[0].action, { negated: true, patterns: ['iam:*', 'sts:*'] });
    assert.deepEqual(doc.statements[0].resource, { negated: true, patterns: ['arn:aws:iam::*:role/x'] });
    assert.equal(doc.statements[1].resource, undefined);
    assert.deepEqual(doc.statements[1].principal, {
      AWS: [],
      Service: ['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'],
      Federated: [],
      CanonicalUser: [],
    });
  });

  test('Principal "*" reads as AWS "*"; a bare account id stays as written', () => {
    const doc = parsePolicyDocument({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
      ],
    });
    assert.deepEqual(doc.statements[0].principal?.AWS, ['*']);
    assert.deepEqual(doc.statements[1].principal?.AWS, ['111122223333']);
  });

  test('condition values of any JSON scalar type become strings, one clause per operator and key', () => {
    const doc = parsePolicyDocument({
      Statement: {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: {
          Bool: { 'aws:SecureTransport': true },
          NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
          StringEquals: { 'aws:SourceAccount': ['111122223333', '444455556666'], 'aws:RequestedRegion': 'eu-west-1' },
        },
      },
    });
    assert.deepEqual(doc.statements[0].conditions, [
      { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] },
      { operator: 'NumericLessThan', key: 'aws:MultiFactorAuthAge', values: ['3600'] },
      { operator: 'StringEquals', key: 'aws:SourceAccount', values: ['111122223333', '444455556666'] },
      { operator: 'StringEquals', key: 'aws:RequestedRegion', values: ['eu-west-1'] },
    ]);
  });

  test('URL-encoded JSON, as IAM returns documents, equals the plain JSON string', () => {
    const json = JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
      null,
      2,
    );
    const encoded = encodeURIComponent(json);
    assert.match(encoded, /^%7B%0A%20%20%22Version%22/);
    assert.deepEqual(parsePolicyDocument(encoded), parsePolicyDocument(json));
    assert.deepEqual(parsePolicyDocument(encoded).statements[0].principal?.Service, ['ecs-tasks.amazonaws.com']);
  });

  test('invalid documents are refused with a message naming the place', () => {
    const cases: [unknown, string][] = [
      ['%E0%A4%A', 'invalid policy document: neither JSON nor URL-encoded JSON'],
      [42, 'invalid policy document: must be a JSON object'],
      [{ Statement: { Action: '*' } }, 'invalid policy document: Statement[0].Effect: must be "Allow" or "Deny"'],
      [{ Version: '2012-10-17' }, 'invalid policy document: Statement: must be a statement object or a list of them'],
      [{ Statement: ['s3:GetObject'] }, 'invalid policy document: Statement[0]: must be an object'],
      [
        { Statement: [{ Effect: 'Allow', Action: '*', NotAction: 'iam:*' }] },
        'invalid policy document: Statement[0]: needs exactly one of Action or NotAction',
      ],
      [
        { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 3] }] },
        'invalid policy document: Statement[0].Action: must be a string or an array of strings',
      ],
      [
        { Statement: [{ Effect: 'Allow', Principal: { Aws: '*' }, Action: '*' }] },
        'invalid policy document: Statement[0].Principal: Unrecognized key: "Aws"',
      ],
      [
        { Statement: [{ Effect: 'Allow', Principal: 'arn:aws:iam::111122223333:root', Action: '*' }] },
        'invalid policy document: Statement[0].Principal: must be "*" or an object of AWS, Service, Federated or CanonicalUser',
      ],
    ];
    assert.throws(() => parsePolicyDocument('not json'), /^PolicyParseError: invalid policy document: malformed URL-encoded JSON \(/);
    assert.throws(() => parsePolicyDocument('{"Statement": ['), /^PolicyParseError: invalid policy document: malformed JSON \(/);
    for (const [input, message] of cases) {
      assert.throws(() => parsePolicyDocument(input), (error: Error) => {
        assert.ok(error instanceof PolicyParseError);
        assert.equal(error.message, message);
        return true;
      });
    }
  });
});

describe('serializePolicyDocument', () => {
  test('writes IAM JSON that parses back to the same document', () => {
    const raw = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', Effect: 'Allow', NotAction: 'iam:*', Resource: ['arn:aws:s3:::a', 'arn:aws:s3:::b'] },
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub': 'system:serviceaccount:app:api' } },
        },
      ],
    };
    const json = serializePolicyDocument(parsePolicyDocument(raw));
    assert.deepEqual(json, raw);
    assert.deepEqual(parsePolicyDocument(json), parsePolicyDocument(raw));
  });
});
