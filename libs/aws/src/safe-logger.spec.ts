import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import pino from 'pino';
import { safeLogger } from './safe-logger';

test('sensitive fields are redacted at any depth before reaching the logger', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = safeLogger(pino({ level: 'debug' }, sink));
  logger?.warn(
    {
      accountId: '111122223333',
      credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'very-secret' },
      nested: [{ SessionToken: 'tok', errorCode: 'AccessDenied' }],
    },
    'collection gap',
  );
  assert.equal(lines.length, 1);
  const line = JSON.parse(lines[0]) as Record<string, unknown>;
  assert.equal(line.msg, 'collection gap');
  assert.equal(line.accountId, '111122223333');
  assert.equal(line.credentials, '[redacted]');
  assert.deepEqual(line.nested, [{ SessionToken: '[redacted]', errorCode: 'AccessDenied' }]);
  assert.equal(lines[0].includes('very-secret'), false);
  assert.equal(safeLogger(undefined), undefined);
});
