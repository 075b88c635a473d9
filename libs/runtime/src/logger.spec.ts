import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger } from '@rolecall/runtime';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

test('AWS credentials and bearer tokens never reach a log line', () => {
  const { lines, stream } = capture();
  const logger = createLogger('info', stream);
  logger.info(
    {
      credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI', sessionToken: 'IQoJb3JpZ2lu' },
      assumed: { Credentials: { SecretAccessKey: 'wJalrXUtnFEMI', SessionToken: 'IQoJb3JpZ2lu' } },
      req: { headers: { authorization: 'Bearer rc_secretvalue' } },
      account: '123456789012',
    },
    'assumed role',
  );
  assert.equal(lines.length, 1);
  const line = lines[0] ?? '';
  for (const secret of ['wJalrXUtnFEMI', 'IQoJb3JpZ2lu', 'rc_secretvalue', 'ASIAEXAMPLE']) {
    assert.equal(line.includes(secret), false, `log line leaks ${secret}`);
  }
  const parsed = JSON.parse(line);
  assert.equal(parsed.credentials, '[redacted]');
  assert.equal(parsed.assumed.Credentials, '[redacted]');
  assert.equal(parsed.req.headers.authorization, '[redacted]');
  assert.equal(parsed.account, '123456789012');
});
