import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globMatches } from './glob';

test('glob: * matches any run, ? one character, everything else literally', () => {
  assert.equal(globMatches('*', 'anything'), true);
  assert.equal(globMatches('Describe*', 'DescribeServices'), true);
  assert.equal(globMatches('Describe*', 'ListServices'), false);
  assert.equal(globMatches('1111*', '111122223333'), true);
  assert.equal(globMatches('us-?ast-1', 'us-east-1'), true);
  assert.equal(globMatches('a.b', 'axb'), false);
  assert.equal(globMatches('ecs', 'ecs'), true);
  assert.equal(globMatches('ecs', 'eks'), false);
});
