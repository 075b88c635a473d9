import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const API_MAIN = join(__dirname, '../src/main.js');
const WORKER_MAIN = join(__dirname, '../../worker/src/main.js');

function boot(entry: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: process.env.TS_NODE_BASEURL ?? '', NODE_OPTIONS: process.env.NODE_OPTIONS ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('process start-up', () => {
  for (const [role, entry] of [
    ['api', API_MAIN],
    ['worker', WORKER_MAIN],
  ] as const) {
    test(`start:${role} without DATABASE_URL refuses to start and says why`, () => {
      const { status, stderr } = boot(entry, { ROLECALL_DATA_DIR: '/tmp/rolecall-never-opened' });
      assert.equal(status, 1);
      assert.equal(
        stderr,
        `rolecall: start:${role} runs as a separate process and separate processes need DATABASE_URL (PostgreSQL): ` +
          'the embedded PGlite store in ROLECALL_DATA_DIR can be opened by one process only. ' +
          'Set DATABASE_URL, or run "npm run dev" for the api and worker in one process.\n',
      );
    });
  }

  test('a bad variable stops the process with a message naming it', () => {
    const { status, stderr } = boot(API_MAIN, { PORT: 'eighty', DATABASE_URL: 'mysql://db/rolecall' });
    assert.equal(status, 1);
    assert.match(stderr, /^rolecall: invalid configuration: /);
    assert.match(stderr, /PORT: /);
    assert.match(stderr, /DATABASE_URL: must use postgres:\/\/ or postgresql:\/\//);
  });
});
