import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicyDocumentCache } from './policy-document.cache';
import { PolicyParseError, parsePolicyDocument } from './policy-document.parser';

const statement = (action: string, resource: string) => ({ Effect: 'Allow', Action: action, Resource: resource });
const document = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });

test('distinct documents get their own parse, equal to the uncached one; an equal document (another object or its text) shares it', () => {
  const cache = new PolicyDocumentCache();
  const inputs = [
    document(statement('s3:GetObject', 'arn:aws:s3:::a/*')),
    document(statement('s3:GetObject', 'arn:aws:s3:::b/*')),
    document(statement('s3:GetObject', 'arn:aws:s3:::a/*'), { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }),
    JSON.stringify(document(statement('iam:PassRole', '*'))),
    encodeURIComponent(JSON.stringify(document(statement('iam:PassRole', '*')))),
  ];
  const parsed = inputs.map((input) => cache.parse(input));
  assert.deepEqual(parsed, inputs.map((input) => parsePolicyDocument(input)));
  assert.equal(new Set(parsed).size, inputs.length);
  assert.equal(cache.size, inputs.length);
  assert.equal(cache.parse(structuredClone(inputs[0])), parsed[0]);
  assert.equal(cache.parse(inputs[3]), parsed[3]);
  assert.equal(cache.size, inputs.length);
});

test('objects whose JSON would hide a difference are parsed every time, never served from the text cache', () => {
  const cache = new PolicyDocumentCache();
  const plain = document(statement('s3:GetObject', '*'));
  const kept = cache.parse(plain);
  const hidden = document(statement('s3:GetObject', '*'));
  Object.defineProperty(hidden.Statement[0], 'Condition', { value: { Bool: { 'aws:SecureTransport': 'true' } }, enumerable: false });
  const withHidden = cache.parse(hidden);
  assert.notEqual(withHidden, kept);
  assert.deepEqual(withHidden, parsePolicyDocument(hidden));
  const undefinedEntry = { Version: '2012-10-17', Statement: [{ ...statement('s3:GetObject', '*'), Sid: undefined }] };
  assert.notEqual(cache.parse(undefinedEntry), kept);
  const sparse = document(statement('s3:GetObject', '*'));
  sparse.Statement.length = 2;
  assert.throws(() => cache.parse(sparse), PolicyParseError);
  assert.equal(cache.size, 1);
});

test('invalid documents throw the parser error each time and are not kept', () => {
  const cache = new PolicyDocumentCache();
  const invalid = { Statement: [{ Effect: 'Allow', Resource: '*' }] };
  assert.throws(() => cache.parse(invalid), /needs exactly one of Action or NotAction/);
  assert.throws(() => cache.parse(invalid), /needs exactly one of Action or NotAction/);
  assert.equal(cache.size, 0);
});

test('keeps at most its capacity, least recently used first out', () => {
  const cache = new PolicyDocumentCache(2);
  const [a, b, c] = ['a', 'b', 'c'].map((name) => document(statement('s3:GetObject', `arn:aws:s3:::${name}`)));
  const first = cache.parse(a);
  const second = cache.parse(b);
  assert.equal(cache.parse(structuredClone(a)), first);
  cache.parse(c);
  assert.equal(cache.size, 2);
  assert.equal(cache.parse(structuredClone(a)), first);
  assert.notEqual(cache.parse(structuredClone(b)), second, 'b was the least recently used');
  assert.deepEqual(cache.parse(structuredClone(b)), second);
  assert.equal(cache.size, 2);
});
