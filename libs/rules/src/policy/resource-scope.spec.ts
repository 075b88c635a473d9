import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyDocument } from './policy-document.parser';
import type { PolicyStatement } from './policy-document.types';
import { applyDeny, intersectScopes, type ResourceScope } from './resource-scope';

const scope = (pattern: string, extra: Partial<ResourceScope> = {}): ResourceScope => ({
  pattern,
  except: [],
  conditional: false,
  statements: [],
  ...extra,
});
const deny = (statement: object): PolicyStatement =>
  parsePolicyDocument({ Statement: { Effect: 'Deny', Action: '*', ...statement } }).statements[0];
const patterns = (scopes: ResourceScope[]) => scopes.map((s) => [s.pattern, s.except, s.conditional]);

describe('applyDeny', () => {
  test('Deny without a Resource element removes everything', () => {
    assert.deepEqual(applyDeny([scope('*'), scope('arn:aws:s3:::a')], deny({})), []);
  });

  test('Deny NotResource: spared patterns inside the scope replace it; overlapping ones keep it whole', () => {
    assert.deepEqual(patterns(applyDeny([scope('arn:aws:s3:::*')], deny({ NotResource: 'arn:aws:s3:::logs/*' }))), [
      ['arn:aws:s3:::logs/*', [], false],
    ]);
    assert.deepEqual(patterns(applyDeny([scope('arn:aws:s3:::a*')], deny({ NotResource: 'arn:aws:s3:::*z' }))), [
      ['arn:aws:s3:::a*', [], false],
    ]);
    assert.deepEqual(applyDeny([scope('arn:aws:s3:::a')], deny({ NotResource: 'arn:aws:s3:::b' })), []);
  });

  test('a conditional Deny marks only the scopes it may touch', () => {
    const conditional = deny({ Resource: 'arn:aws:s3:::a/*', Condition: { StringEquals: { 'aws:PrincipalTag/tier': 'low' } } });
    assert.deepEqual(patterns(applyDeny([scope('arn:aws:s3:::a/x'), scope('arn:aws:s3:::b/x')], conditional)), [
      ['arn:aws:s3:::a/x', [], true],
      ['arn:aws:s3:::b/x', [], false],
    ]);
  });

  test('a Deny the caller escapes by how it calls leaves the scope unconditional and names the request', () => {
    const insecure = deny({ Resource: 'arn:aws:s3:::a/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    const [touched, untouched] = applyDeny([scope('arn:aws:s3:::a/x'), scope('arn:aws:s3:::b/x')], insecure);
    assert.equal(touched.conditional, false);
    assert.deepEqual(touched.requires?.context, { 'aws:SecureTransport': 'true' });
    assert.equal(untouched.requires, undefined);
  });

  test('a Deny on a principal-bound key and a caller key is escaped through the caller key', () => {
    const mixed = deny({
      Condition: { StringEquals: { 'aws:PrincipalTag/tier': 'low' }, StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
    });
    const [result] = applyDeny([scope('*')], mixed);
    assert.equal(result.conditional, false);
    assert.deepEqual(result.requires?.context, { 'aws:SourceVpce': 'vpce-1' });
  });
});

describe('intersectScopes', () => {
  test('keeps the narrower pattern, joins exceptions and conditions, drops disjoint pairs', () => {
    const identity = [scope('*', { except: ['arn:aws:s3:::secret'] }), scope('arn:aws:s3:::b', { conditional: true })];
    const boundary = [scope('arn:aws:s3:::*', { except: ['arn:aws:s3:::audit'] })];
    assert.deepEqual(patterns(intersectScopes(identity, boundary)), [
      ['arn:aws:s3:::*', ['arn:aws:s3:::secret', 'arn:aws:s3:::audit'], false],
      ['arn:aws:s3:::b', ['arn:aws:s3:::audit'], true],
    ]);
    assert.deepEqual(intersectScopes([scope('arn:aws:s3:::a')], [scope('arn:aws:ec2:*:*:*')]), []);
  });
});
