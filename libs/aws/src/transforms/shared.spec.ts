import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, decodePolicyDocument, isoDate, nameFromArn, stringRecord, strings, tagsFrom } from './shared';

describe('shared transforms', () => {
  test('policy documents are URL-decoded then parsed; plain JSON and garbage survive', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::a b/*' }] };
    assert.deepEqual(decodePolicyDocument(encodeURIComponent(JSON.stringify(doc))), doc);
    assert.deepEqual(decodePolicyDocument(JSON.stringify(doc)), doc);
    assert.equal(decodePolicyDocument('%7Bnot-json'), '%7Bnot-json');
    assert.equal(decodePolicyDocument(undefined), undefined);
  });

  test('tags from both casings become a record; compact drops undefined and null keys only', () => {
    assert.deepEqual(tagsFrom([{ Key: 'team', Value: 'a' }, { key: 'env', value: 'prod' }, { Key: 'empty' }]), {
      team: 'a',
      env: 'prod',
      empty: '',
    });
    assert.deepEqual(tagsFrom(undefined), {});
    assert.deepEqual(compact({ a: 1, b: undefined, c: false, d: '', e: null }), { a: 1, c: false, d: '' });
  });
});

test('answers not shaped like AWS: nulls in lists and maps dropped, names from ARNs, bad dates left out', () => {
  assert.deepEqual(strings([null, 'FARGATE', undefined, 'FARGATE_SPOT']), ['FARGATE', 'FARGATE_SPOT']);
  assert.deepEqual(strings(null), []);
  assert.deepEqual(stringRecord({ team: 'a', owner: null, empty: '' }), { team: 'a', empty: '' });
  assert.deepEqual(stringRecord(undefined), {});
  assert.equal(nameFromArn('arn:aws:iam::111122223333:role/app/web'), 'web');
  assert.equal(nameFromArn('arn:aws:iam::aws:policy/ReadOnlyAccess'), 'ReadOnlyAccess');
  assert.equal(nameFromArn('arn:aws:ecs:us-east-1:111122223333:service/prod/web'), 'web');
  assert.equal(nameFromArn(''), '');
  assert.equal(isoDate(new Date('not a date')), undefined);
  assert.equal(isoDate(new Date('2024-01-02T03:04:05Z')), '2024-01-02T03:04:05.000Z');
});
