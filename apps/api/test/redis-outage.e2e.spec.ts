import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrivateRedis, freePort } from '../../worker/test/redis-server';
import { waitFor } from '../../worker/test/wait-for';
import { MANAGEMENT, foundationWorld } from './foundation-world';
import { ADMIN_TOKEN, bearer, startStack, type Stack } from './stack';

const DEV_MAIN = join(__dirname, '../src/dev.js');

describe('Redis down', () => {
  let redis: PrivateRedis;
  let stack: Stack;
  let scanId = '';
  const auth = bearer(ADMIN_TOKEN);

  before(async () => {
    redis = await PrivateRedis.start();
    stack = await startStack({ engine: 'pglite', world: foundationWorld, withWorker: false, env: { REDIS_URL: redis.url } });
    const created = await stack.http().post('/v1/scans').set(auth).send({ scope: { accounts: [MANAGEMENT] }, regions: ['us-east-1'] });
    assert.equal(created.status, 202);
    scanId = created.body.id;
    await redis.down();
    await waitFor('the api to see Redis down', async () => (await stack.http().get('/health')).status === 503, 20_000);
  });
  after(async () => {
    await redis.up();
    await stack.close();
    await redis.dispose();
  });

  test('/health names the part that is down', async () => {
    const health = await stack.http().get('/health');
    assert.deepEqual([health.status, health.body], [503, { status: 'not-ready', live: true, checks: { database: 'up', redis: 'down' } }]);
  });

  test('reads that need only the database keep working (rate limits count in the process)', async () => {
    const list = await stack.http().get('/v1/scans').set(auth);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((scan: { id: string }) => scan.id), [scanId]);
    assert.equal((await stack.http().get(`/v1/scans/${scanId}`).set(auth)).status, 200);
    assert.equal((await stack.http().get('/v1/schedules').set(auth)).status, 200);
  });

  test('writes that need the queue answer 503 with the reason, and store nothing', async () => {
    const reason = `Redis (REDIS_URL redis://127.0.0.1:${redis.port}) is unavailable: nothing was stored; retry when it is back (GET /health)`;
    const scan = await stack.http().post('/v1/scans').set(auth).send({ scope: { accounts: [MANAGEMENT] }, regions: ['us-east-1'] });
    assert.deepEqual([scan.status, scan.body.message], [503, reason]);
    const schedule = await stack.http().post('/v1/schedules').set(auth).send({ cron: '0 3 * * *', scope: { accounts: [MANAGEMENT] }, regions: ['us-east-1'] });
    assert.deepEqual([schedule.status, schedule.body.message], [503, reason]);
    assert.equal((await stack.http().get('/v1/scans').set(auth)).body.items.length, 1);
    assert.equal((await stack.http().get('/v1/schedules').set(auth)).body.items.length, 0);
  });

  test('unauthenticated and forbidden requests are still judged (401, not 503)', async () => {
    assert.equal((await stack.http().post('/v1/scans').send({})).status, 401);
  });
});

describe('npm run dev with Redis down', () => {
  test('names REDIS_URL in one line per attempt, with backoff and no stack trace, and stops on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-dev-'));
      const child = spawn(process.execPath, [DEV_MAIN], {
        env: { PATH: process.env.PATH ?? '', REDIS_URL: `redis://:secret-pw@127.0.0.1:${port}`, ROLECALL_DATA_DIR: dataDir, ROLECALL_ADMIN_TOKEN: ADMIN_TOKEN, PORT: String(await freePort()) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => void (output += String(chunk)));
      child.stderr.on('data', (chunk: Buffer) => void (output += String(chunk)));
      const exited = new Promise<string>((resolve) => child.once('exit', (code, how) => resolve(how ?? `exit ${code}`)));
      try {
        await waitFor('two attempts', () => output.split('\n').filter((line) => line.includes('is unreachable')).length >= 2, 20_000);
        child.kill(signal);
        assert.equal(await exited, 'exit 0');
      } finally {
        child.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
      const lines = output.trim().split('\n');
      const attempts = lines.filter((line) => line.includes('is unreachable')).map((line) => JSON.parse(line) as { msg: string; retryInMs: number });
      assert.deepEqual(attempts.slice(0, 2).map((attempt) => attempt.msg), [
        `Redis (REDIS_URL redis://127.0.0.1:${port}) is unreachable: ECONNREFUSED; retrying in 500 ms`,
        `Redis (REDIS_URL redis://127.0.0.1:${port}) is unreachable: ECONNREFUSED; retrying in 1000 ms`,
      ]);
      assert.equal(lines.every((line) => line.startsWith('{')), true, output);
      assert.equal(output.includes('secret-pw'), false);
      assert.match(lines.at(-1) ?? '', new RegExp(`"signal":"${signal}","msg":"stopping while waiting for Redis"`));
    }
  });
});
