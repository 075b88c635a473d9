import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EgressPolicy } from './egress-policy';

const strict = new EgressPolicy({ allowedHosts: ['api.github.com', 'GHE.example.com'], allowListSource: 'ROLECALL_GITHUB_HOSTS', allowInsecureLoopback: false });
const testing = new EgressPolicy({ allowedHosts: ['api.github.com'], allowListSource: 'ROLECALL_GITHUB_HOSTS', allowInsecureLoopback: true });

function urlError(policy: EgressPolicy, value: string): string | undefined {
  const checked = policy.checkUrl(value);
  return 'error' in checked ? checked.error : undefined;
}

test('https to an allow-listed host only', () => {
  assert.equal(urlError(strict, 'https://api.github.com'), undefined);
  assert.equal(urlError(strict, 'https://ghe.example.com/api/v3'), undefined);
  assert.equal(urlError(strict, 'http://api.github.com'), 'must use https');
  assert.equal(urlError(strict, 'ftp://api.github.com'), 'must use https');
  assert.equal(urlError(strict, 'https://api.github.com.evil.example'), 'host api.github.com.evil.example is not allowed (allowed: api.github.com, ghe.example.com; add others to ROLECALL_GITHUB_HOSTS)');
  assert.equal(urlError(strict, 'https://a:b@api.github.com'), 'must not carry credentials');
});

test('IP hosts are refused, named by their range, in every form', () => {
  assert.deepEqual(
    ['https://127.0.0.1', 'https://2130706433', 'https://0x7f000001', 'https://[::1]', 'https://[::ffff:127.0.0.1]', 'https://169.254.169.254', 'https://10.0.0.1:5432', 'https://140.82.112.6'].map((url) => urlError(strict, url)),
    [
      'must not name a loopback address',
      'must not name a loopback address',
      'must not name a loopback address',
      'must not name a loopback address',
      'must not name a loopback address',
      'must not name a link-local (cloud metadata lives here) address',
      'must not name a private address',
      'must name an allowed host, not an IP address (ROLECALL_GITHUB_HOSTS)',
    ],
  );
  assert.equal(urlError(strict, 'https://localhost:6379'), 'host localhost is not allowed (allowed: api.github.com, ghe.example.com; add others to ROLECALL_GITHUB_HOSTS)');
});

test('the test escape opens loopback (http too) and nothing else', () => {
  assert.equal(urlError(testing, 'http://127.0.0.1:9/api/v3'), undefined);
  assert.equal(urlError(testing, 'http://localhost:9'), undefined);
  assert.equal(urlError(testing, 'http://10.0.0.1'), 'must use https');
  assert.equal(urlError(testing, 'https://169.254.169.254'), 'must not name a link-local (cloud metadata lives here) address');
  assert.equal(testing.checkAddress('127.0.0.1'), undefined);
  assert.equal(testing.checkAddress('10.0.0.1'), '10.0.0.1 is a private address');
});

test('resolved addresses are checked', () => {
  assert.equal(strict.checkAddress('140.82.112.6'), undefined);
  assert.equal(strict.checkAddress('127.0.0.1'), '127.0.0.1 is a loopback address');
  assert.equal(strict.checkAddress('::ffff:169.254.169.254'), '::ffff:169.254.169.254 is a link-local (cloud metadata lives here) address');
});
