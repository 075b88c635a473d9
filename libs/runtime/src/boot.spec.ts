import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '@rolecall/config';
import { warnUnsetSecrets } from './boot';

function warningsFor(env: Record<string, string>, role: 'api' | 'worker') {
  const lines: Array<[unknown, string]> = [];
  warnUnsetSecrets(loadConfig({ ROLECALL_DATA_DIR: '/tmp/unused', ...env }), role, { warn: (fields: unknown, message: string) => lines.push([fields, message]) } as never);
  return lines;
}

test('production api without ROLECALL_ADMIN_TOKEN warns at startup, naming the variable and how to create a token', () => {
  const lines = warningsFor({ NODE_ENV: 'production' }, 'api');
  assert.deepEqual(lines.map(([fields]) => fields), [
    { variable: 'ROLECALL_ADMIN_TOKEN' },
    { variable: 'ROLECALL_METRICS_TOKEN' },
    { variable: 'ROLECALL_ENCRYPTION_KEY' },
  ]);
  assert.match(lines[0]![1], /^ROLECALL_ADMIN_TOKEN is unset \(NODE_ENV=production\): no admin token is accepted/);
  assert.match(lines[0]![1], /ROLECALL_ADMIN_TOKEN=\$\(openssl rand -hex 32\), restart, then create scoped tokens with POST \/v1\/tokens/);
});

test('the worker warns about the secrets it reads; set secrets and development stay quiet', () => {
  assert.deepEqual(warningsFor({ NODE_ENV: 'production' }, 'worker').map(([fields]) => fields), [
    { variable: 'ROLECALL_ENCRYPTION_KEY' },
    { variable: 'ROLECALL_EXTERNAL_ID' },
  ]);
  const allSet = {
    NODE_ENV: 'production',
    ROLECALL_ADMIN_TOKEN: 'a'.repeat(8) + 'b'.repeat(8) + 'c'.repeat(8),
    ROLECALL_METRICS_TOKEN: 'metrics-token-0123456789abcdef',
    ROLECALL_ENCRYPTION_KEY: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
    ROLECALL_EXTERNAL_ID: 'rolecall-prod',
  };
  assert.deepEqual(warningsFor(allSet, 'api'), []);
  assert.deepEqual(warningsFor(allSet, 'worker'), []);
  assert.deepEqual(warningsFor({}, 'api'), []);
});
