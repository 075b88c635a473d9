import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '@rolecall/config';

test('defaults apply when the environment is empty', () => {
  const config = loadConfig({});
  assert.equal(config.PORT, 8080);
  assert.equal(config.REDIS_URL, 'redis://127.0.0.1:6379');
  assert.equal(config.DATABASE_URL, undefined);
  assert.equal(config.ROLECALL_DATA_DIR, './data');
  assert.equal(config.ROLECALL_MEMBER_ROLE_NAME, 'RolecallAudit');
  assert.equal(config.ROLECALL_WORKER_CONCURRENCY, 8);
});

test('an empty DATABASE_URL means unset', () => {
  assert.equal(loadConfig({ DATABASE_URL: '' }).DATABASE_URL, undefined);
});

test('the error names each bad variable', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty', REDIS_URL: 'http://x', ROLECALL_ORG_ROLE_ARN: 'not-an-arn' }),
    (error: Error) => {
      assert.match(error.message, /^invalid configuration: /);
      assert.match(error.message, /PORT: /);
      assert.match(error.message, /REDIS_URL: must use redis:\/\/ or rediss:\/\//);
      assert.match(error.message, /ROLECALL_ORG_ROLE_ARN: must be an IAM role ARN/);
      return true;
    },
  );
});

test('a short admin token is refused', () => {
  assert.throws(() => loadConfig({ ROLECALL_ADMIN_TOKEN: 'short' }), /ROLECALL_ADMIN_TOKEN: must be at least 24 characters/);
});

const STRONG_KEY = '3f9c1a7e52b04d86e1c97a3b5d20f468ac13e97b0d5f2c8641a9e7b3d05c2f18';

test('the encryption key must be 32 bytes', () => {
  assert.equal(loadConfig({ ROLECALL_ENCRYPTION_KEY: STRONG_KEY }).ROLECALL_ENCRYPTION_KEY, STRONG_KEY);
  assert.throws(() => loadConfig({ ROLECALL_ENCRYPTION_KEY: 'abcd' }), /ROLECALL_ENCRYPTION_KEY: must be 32 bytes/);
});

test('job lock and accounts in flight have defaults and bounds', () => {
  const config = loadConfig({});
  assert.equal(config.ROLECALL_MAX_ACCOUNTS_IN_FLIGHT, 64);
  assert.equal(config.ROLECALL_JOB_LOCK_MS, 30000);
  assert.equal(config.ROLECALL_ACCESS_ADVISOR_POLL_MS, 2000);
  assert.equal(loadConfig({ ROLECALL_JOB_LOCK_MS: '2000' }).ROLECALL_JOB_LOCK_MS, 2000);
  assert.throws(() => loadConfig({ ROLECALL_JOB_LOCK_MS: '10' }), /ROLECALL_JOB_LOCK_MS: /);
  assert.throws(() => loadConfig({ ROLECALL_MAX_ACCOUNTS_IN_FLIGHT: '0' }), /ROLECALL_MAX_ACCOUNTS_IN_FLIGHT: /);
});

test('insecure GitHub URLs are refused unless ROLECALL_ALLOW_INSECURE_GITHUB=true', () => {
  assert.equal(loadConfig({}).ROLECALL_ALLOW_INSECURE_GITHUB, false);
  assert.equal(loadConfig({ ROLECALL_ALLOW_INSECURE_GITHUB: 'true' }).ROLECALL_ALLOW_INSECURE_GITHUB, true);
  assert.throws(() => loadConfig({ ROLECALL_ALLOW_INSECURE_GITHUB: 'yes' }), /ROLECALL_ALLOW_INSECURE_GITHUB: /);
});

test('weak encryption keys are refused: all-zero, repeated bytes or blocks, few distinct bytes', () => {
  const weak: [string, RegExp][] = [
    ['0'.repeat(64), /ROLECALL_ENCRYPTION_KEY: is a repeated 1-byte pattern: a weak key/],
    ['a'.repeat(64), /ROLECALL_ENCRYPTION_KEY: is a repeated 1-byte pattern/],
    ['ab'.repeat(32), /ROLECALL_ENCRYPTION_KEY: is a repeated 1-byte pattern/],
    ['0102'.repeat(16), /ROLECALL_ENCRYPTION_KEY: is a repeated 2-byte pattern/],
    [STRONG_KEY.slice(0, 32).repeat(2), /ROLECALL_ENCRYPTION_KEY: is a repeated 16-byte pattern/],
    [Buffer.alloc(32).toString('base64'), /ROLECALL_ENCRYPTION_KEY: is a repeated 1-byte pattern/],
    [`${'00'.repeat(28)}01020304`, /ROLECALL_ENCRYPTION_KEY: has fewer than 8 distinct bytes/],
  ];
  for (const [key, message] of weak) assert.throws(() => loadConfig({ ROLECALL_ENCRYPTION_KEY: key }), message, key);
  assert.equal(loadConfig({ ROLECALL_ENCRYPTION_KEY: Buffer.from(STRONG_KEY, 'hex').toString('base64') }).ROLECALL_ENCRYPTION_KEY, Buffer.from(STRONG_KEY, 'hex').toString('base64'));
});

test('the insecure GitHub escape is refused in production', () => {
  assert.equal(loadConfig({ NODE_ENV: 'production' }).ROLECALL_ALLOW_INSECURE_GITHUB, false);
  assert.throws(
    () => loadConfig({ NODE_ENV: 'production', ROLECALL_ALLOW_INSECURE_GITHUB: 'true' }),
    /ROLECALL_ALLOW_INSECURE_GITHUB: is for tests only and refused when NODE_ENV=production/,
  );
});

test('GitHub Enterprise hosts are host names, checked at boot', () => {
  assert.deepEqual(loadConfig({}).ROLECALL_GITHUB_HOSTS, []);
  assert.deepEqual(loadConfig({ ROLECALL_GITHUB_HOSTS: ' GHE.example.com, github.corp.internal ' }).ROLECALL_GITHUB_HOSTS, ['ghe.example.com', 'github.corp.internal']);
  for (const bad of ['https://ghe.example.com', 'ghe.example.com:8443', '10.0.0.1', 'ghe.example.com/api', 'localhost']) {
    assert.throws(() => loadConfig({ ROLECALL_GITHUB_HOSTS: bad }), /ROLECALL_GITHUB_HOSTS: .* is not a host name/, bad);
  }
});

test('outbound calls have timeouts and a response size cap', () => {
  const config = loadConfig({});
  assert.deepEqual([config.ROLECALL_EGRESS_CONNECT_TIMEOUT_MS, config.ROLECALL_EGRESS_TIMEOUT_MS, config.ROLECALL_EGRESS_MAX_RESPONSE_BYTES], [10000, 60000, 1048576]);
  assert.throws(() => loadConfig({ ROLECALL_EGRESS_MAX_RESPONSE_BYTES: '0' }), /ROLECALL_EGRESS_MAX_RESPONSE_BYTES: /);
});
