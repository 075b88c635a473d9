import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasControlCharacter, redactRemoteText } from './redact';

test('secrets and token-like text are replaced, control characters removed', () => {
  assert.equal(redactRemoteText('bad credentials s3cr3t-token', ['s3cr3t-token']), 'bad credentials [redacted]');
  assert.equal(redactRemoteText(`leaked ghp_${'a'.repeat(36)} github_pat_11ABC_def`), 'leaked [redacted] [redacted]');
  assert.equal(redactRemoteText('Authorization: Bearer abc.def.ghi-jkl'), 'Authorization: Bearer [redacted]');
  assert.equal(redactRemoteText(`key ${'Zm9v'.repeat(10)}`), 'key [redacted]');
  assert.equal(redactRemoteText('line one\nline two\u0000\u202e end'), 'line one line two end');
  assert.equal(redactRemoteText('Not Found'), 'Not Found');
});

test('long text is cut to the limit', () => {
  const cut = redactRemoteText('word '.repeat(1000));
  assert.equal(cut.length, 200);
  assert.equal(cut.endsWith('…'), true);
  assert.equal(redactRemoteText('abcdef', [], 4), 'abc…');
});

test('control characters are detected', () => {
  assert.deepEqual(['ghp_x', 'a\nb', 'a\u0000b', 'a\rb', 'a\u007fb', 'a b'].map(hasControlCharacter), [false, true, true, true, true, false]);
});
