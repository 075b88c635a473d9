import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { globSubsumes, globsIntersect, hasWildcard, isMatchAll, matchesGlob } from './wildcard.matcher';

describe('matchesGlob', () => {
  test('* spans any run, ? exactly one character', () => {
    assert.equal(matchesGlob('s3:Get*', 's3:GetObject'), true);
    assert.equal(matchesGlob('s3:Get*', 's3:PutObject'), false);
    assert.equal(matchesGlob('iam:?etRole', 'iam:GetRole'), true);
    assert.equal(matchesGlob('iam:?etRole', 'iam:GeetRole'), false);
    assert.equal(matchesGlob('*', ''), true);
  });

  test('case-sensitive unless asked (actions ignore case, ARNs and values do not)', () => {
    assert.equal(matchesGlob('S3:getobject', 's3:GetObject'), false);
    assert.equal(matchesGlob('S3:getobject', 's3:GetObject', true), true);
    assert.equal(matchesGlob('arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/x'), false);
  });

  test('regex characters are literal; ${*} ${?} ${$} stand for the characters themselves', () => {
    assert.equal(matchesGlob('a.b', 'axb'), false);
    assert.equal(matchesGlob('a(b)+', 'a(b)+'), true);
    assert.equal(matchesGlob('team-${*}', 'team-*'), true);
    assert.equal(matchesGlob('team-${*}', 'team-a'), false);
    assert.equal(matchesGlob('q${?}', 'q?'), true);
    assert.equal(matchesGlob('cost${$}', 'cost$'), true);
    assert.equal(matchesGlob('home/${aws:username}/*', 'home/alice/x'), false);
  });

  test('hasWildcard and isMatchAll', () => {
    assert.equal(hasWildcard('s3:GetObject'), false);
    assert.equal(hasWildcard('s3:Get?bject'), true);
    assert.equal(hasWildcard('team-${*}'), false);
    assert.equal(isMatchAll('*'), true);
    assert.equal(isMatchAll('**'), true);
    assert.equal(isMatchAll('arn:*'), false);
  });
});

describe('globSubsumes', () => {
  const cases: [string, string, boolean][] = [
    ['*', 'arn:aws:s3:::bucket/*', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/logs/*', true],
    ['arn:aws:s3:::bucket/logs/*', 'arn:aws:s3:::bucket/*', false],
    ['arn:aws:s3:::b?cket', 'arn:aws:s3:::bucket', true],
    ['arn:aws:s3:::b?cket', 'arn:aws:s3:::b*cket', false],
    ['system:serviceaccount:*', 'system:serviceaccount:*:*', true],
    ['*:*', 'system:serviceaccount:*:*', true],
    ['system:serviceaccount:app:*', 'system:serviceaccount:*:*', false],
    ['abc', 'abc', true],
    ['abc', 'abd', false],
  ];
  for (const [outer, inner, expected] of cases) {
    test(`${outer} ${expected ? 'covers' : 'does not cover'} ${inner}`, () => {
      assert.equal(globSubsumes(outer, inner), expected);
    });
  }

  test('can ignore case', () => {
    assert.equal(globSubsumes('IAM:*', 'iam:Pass*'), false);
    assert.equal(globSubsumes('IAM:*', 'iam:Pass*', true), true);
  });
});

describe('globsIntersect', () => {
  const cases: [string, string, boolean][] = [
    ['arn:aws:s3:::a*', 'arn:aws:s3:::*b', true],
    ['arn:aws:s3:::a*', 'arn:aws:s3:::b*', false],
    ['a?c', 'a*', true],
    ['a?c', 'abcd', false],
    ['*', 'anything', true],
    ['x', 'x', true],
  ];
  for (const [first, second, expected] of cases) {
    test(`${first} and ${second}: ${expected ? 'overlap' : 'disjoint'}`, () => {
      assert.equal(globsIntersect(first, second), expected);
      assert.equal(globsIntersect(second, first), expected);
    });
  }
});
