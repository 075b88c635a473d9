import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { findingPositionSchema } from '../findings/findings.repository';
import { describeOnEachEngine } from '../testing/each-engine';
import { CursorCodec, InvalidCursorError, hashFilters } from './cursor';

const codec = new CursorCodec(randomBytes(32));
const filters = hashFilters({ scanId: 's1', severity: 'high' });
const position = { severityRank: 1, seq: 42 };

function expectInvalid(cursor: string, message: string, hash = filters): void {
  assert.throws(() => codec.decode(cursor, hash, findingPositionSchema), (error: unknown) => {
    assert.ok(error instanceof InvalidCursorError);
    assert.equal(error.message, message);
    return true;
  });
}

test('a cursor decodes to its payload for the query it was made for', () => {
  const cursor = codec.encode(position, filters);
  assert.match(cursor, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  assert.deepEqual(codec.decode(cursor, filters, findingPositionSchema), position);
});

test('hashFilters ignores key order and undefined members', () => {
  assert.equal(hashFilters({ severity: 'high', scanId: 's1', region: undefined }), filters);
  assert.notEqual(hashFilters({ scanId: 's1', severity: 'low' }), filters);
});

test('a cursor for other filters does not belong to this query', () => {
  expectInvalid(codec.encode(position, filters), 'cursor does not belong to this query', hashFilters({ scanId: 's1' }));
});

test('tampered and forged cursors fail the signature check', () => {
  const [body, signature] = codec.encode(position, filters).split('.');
  const altered = Buffer.from(JSON.stringify({ p: { severityRank: 0, seq: 1 }, f: filters })).toString('base64url');
  expectInvalid(`${altered}.${signature}`, 'cursor signature is invalid');
  const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
  expectInvalid(`${body}.${flipped}`, 'cursor signature is invalid');
  expectInvalid(new CursorCodec(randomBytes(32)).encode(position, filters), 'cursor signature is invalid');
});

test('malformed cursors say so', () => {
  expectInvalid('', 'cursor is malformed');
  expectInvalid('abc', 'cursor is malformed');
  expectInvalid('a.b.c', 'cursor is malformed');
  expectInvalid('ab+/.cd', 'cursor is malformed');
  expectInvalid(`${'a'.repeat(3000)}.b`, 'cursor is malformed');
  expectInvalid(codec.encode({ severityRank: 'high', seq: 1 }, filters), 'cursor is malformed');
});

describeOnEachEngine('CursorCodec.load', (current) => {
  test('keeps one signing key in the settings table', async () => {
    const first = await CursorCodec.load(current().database.db);
    const second = await CursorCodec.load(current().database.db);
    const cursor = first.encode(position, filters);
    assert.deepEqual(second.decode(cursor, filters, findingPositionSchema), position);
    const rows = await current().database.db.selectFrom('settings').select('key').execute();
    assert.deepEqual(rows, [{ key: 'cursor_signing_key' }]);
  });
});
