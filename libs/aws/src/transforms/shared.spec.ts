import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, decodePolicyDocument, tagsFrom } from './shared';

describe('shared transforms', () => {
  test('policy documents are URL-decoded then parsed; plain JSON and garbage survive', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::a b/*' }] };
    assert.deepEqual(decodePolicyDocument(encodeURIComponent(JSON.stringify(doc))), doc);
    assert.deepEqual(decodePolicyDocument(JSON.stringify(doc)), doc);
    assert.equal(decodePolicyDocument('%7Bnot-json'), '%7Bnot-json');
    assert.equal(decodePolicyDocument(undefined), undefined);
  });

  test('tags from both casings become a record; compact drops undefined keys only', () => {
    assert.deepEqual(tagsFrom([{ Key: 'team', Value: 'a' }, { key: 'env', value: 'prod' }, { Key: 'empty' }]), {
      team: 'a',
      env: 'prod',
      empty: '',
    });
    assert.deepEqual(tagsFrom(undefined), {});
    assert.deepEqual(compact({ a: 1, b: undefined, c: false, d: '' }), { a: 1, c: false, d: '' });
  });
});
