import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findControlCharacter, text } from './text.schema';

test('text refuses control characters, naming the first; multiline accepts tab and line breaks', () => {
  const name = text({ max: 10 });
  assert.equal(name.parse('  ok  '), 'ok');
  assert.equal(name.safeParse('a\u0000b').error?.issues[0]?.message, 'must not contain control characters (found U+0000)');
  assert.equal(name.safeParse('a\nb').error?.issues[0]?.message, 'must not contain control characters (found U+000A)');
  assert.equal(name.safeParse('a\u007fb').error?.issues[0]?.message, 'must not contain control characters (found U+007F)');
  assert.equal(name.safeParse('').error?.issues[0]?.message, 'is required');
  const reason = text({ max: 100, multiline: true });
  assert.equal(reason.parse('line one\nline\ttwo'), 'line one\nline\ttwo');
  assert.equal(reason.safeParse('a\u0000').error?.issues[0]?.message, 'must not contain control characters (found U+0000)');
});

test('findControlCharacter walks objects and arrays and gives the path', () => {
  assert.equal(findControlCharacter({ a: ['x', 'fine\nline'] }), undefined);
  assert.deepEqual(findControlCharacter({ a: ['x', { b: 'y\u0000' }] }), { path: ['a', 1, 'b'], char: 'U+0000' });
  assert.deepEqual(findControlCharacter('\u001b[31m'), { path: [], char: 'U+001B' });
  assert.deepEqual(findControlCharacter({ 'k\u0000': 1 }), { path: [], char: 'U+0000' });
});
