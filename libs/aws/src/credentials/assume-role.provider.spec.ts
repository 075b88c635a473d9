import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AssumeRoleCommandInput } from '@aws-sdk/client-sts';
import { DEFAULT_REFRESH_WINDOW_MS, assumeRoleProvider, roleSessionName } from './assume-role.provider';

function fakeSts(lifetimeMs: number, clock: { now: number }) {
  const inputs: AssumeRoleCommandInput[] = [];
  const assumeRole = async (input: AssumeRoleCommandInput) => {
    inputs.push(input);
    const n = inputs.length;
    return {
      Credentials: {
        AccessKeyId: `ASIA${n}`,
        SecretAccessKey: `secret-${n}`,
        SessionToken: `token-${n}`,
        Expiration: new Date(clock.now + lifetimeMs),
      },
    };
  };
  return { inputs, assumeRole };
}

describe('assumeRoleProvider', () => {
  test('assumes once for concurrent callers, with the external id and session name', async () => {
    const clock = { now: 0 };
    const sts = fakeSts(3_600_000, clock);
    const provider = assumeRoleProvider({
      ...sts,
      roleArn: 'arn:aws:iam::111122223333:role/RolecallAudit',
      externalId: 'ext-1',
      sessionName: 'rolecall-scan-1',
      now: () => clock.now,
    });
    const [a, b] = await Promise.all([provider(), provider()]);
    assert.equal(a, b);
    assert.equal(a.accessKeyId, 'ASIA1');
    assert.deepEqual(sts.inputs, [
      {
        RoleArn: 'arn:aws:iam::111122223333:role/RolecallAudit',
        RoleSessionName: 'rolecall-scan-1',
        ExternalId: 'ext-1',
        DurationSeconds: 3600,
      },
    ]);
  });

  test('serves the cache until the refresh window, then refreshes before expiry', async () => {
    const clock = { now: 0 };
    const sts = fakeSts(3_600_000, clock);
    const provider = assumeRoleProvider({ ...sts, roleArn: 'arn', sessionName: 's', now: () => clock.now });
    assert.equal((await provider()).accessKeyId, 'ASIA1');
    clock.now = 3_600_000 - DEFAULT_REFRESH_WINDOW_MS - 1;
    assert.equal((await provider()).accessKeyId, 'ASIA1');
    clock.now = 3_600_000 - DEFAULT_REFRESH_WINDOW_MS;
    assert.equal((await provider()).accessKeyId, 'ASIA2');
    assert.equal(sts.inputs.length, 2);
  });

  test('a failed assume is not cached: the next caller tries again', async () => {
    let attempts = 0;
    const provider = assumeRoleProvider({
      roleArn: 'arn',
      sessionName: 's',
      assumeRole: async () => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error('denied'), { name: 'AccessDenied' });
        return { Credentials: { AccessKeyId: 'A', SecretAccessKey: 'B', SessionToken: 'C', Expiration: undefined } };
      },
    });
    await assert.rejects(provider(), { name: 'AccessDenied' });
    assert.equal((await provider()).accessKeyId, 'A');
  });

  test('session names keep to the characters and 64-character limit STS accepts', () => {
    assert.equal(roleSessionName('3f2a'), 'rolecall-3f2a');
    assert.equal(roleSessionName('a b/c:d'), 'rolecall-a-b-c-d');
    const long = roleSessionName('x'.repeat(100));
    assert.equal(long.length, 64);
    assert.equal(long, `rolecall-${'x'.repeat(55)}`);
  });
});
