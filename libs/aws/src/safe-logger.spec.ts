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

test('AWS call counts keep their names and values: only field names ending in a secret word are redacted', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  safeLogger(pino({ level: 'debug' }, sink))?.info(
    {
      awsCalls: { 'iam:GetAccountAuthorizationDetails': 3, 'ecr:GetAuthorizationToken': 1, 'sts:AssumeRole': 2 },
      authorization: 'AWS4-HMAC-SHA256 Credential=...',
      githubToken: 'ghp_x',
      'x-amz-signature': 'abc',
      tokenCount: 4,
    },
    'account collected',
  );
  const line = JSON.parse(lines[0]) as Record<string, unknown>;
  assert.deepEqual(line.awsCalls, { 'iam:GetAccountAuthorizationDetails': 3, 'ecr:GetAuthorizationToken': 1, 'sts:AssumeRole': 2 });
  assert.equal(line.authorization, '[redacted]');
  assert.equal(line.githubToken, '[redacted]');
  assert.equal(line['x-amz-signature'], '[redacted]');
  assert.equal(line.tokenCount, 4);
});
