import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '@rolecall/config';
import { KEY_CHECK_SETTING, SettingsRepository, keyCheckValue, openDatabase } from '@rolecall/persistence';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { createLogger } from '@rolecall/runtime';
import { createApiApp } from '../src/create-api-app';
import { ADMIN_TOKEN, testStorage } from './stack';

const FIRST = '3f9c1a7e52b04d86e1c97a3b5d20f468ac13e97b0d5f2c8641a9e7b3d05c2f18';
const OTHER = '7c2e9b14f0a65d38c1e4b97a02d6f3851be0c47a9d3f6e2815c8a0b74e9d12f6';
const API_MAIN = join(__dirname, '../src/main.js');

for (const engine of TEST_ENGINES) {
  describe(`encryption key check on ${engine}`, () => {
    let storage: Awaited<ReturnType<typeof testStorage>>;
    before(async () => {
      storage = await testStorage(engine);
    });
    after(() => storage.dispose());

    const boot = async (key: string | undefined) => {
      const config = loadConfig({ ...storage.env, ROLECALL_ADMIN_TOKEN: ADMIN_TOKEN, ROLECALL_LOG_LEVEL: 'silent', ...(key ? { ROLECALL_ENCRYPTION_KEY: key } : {}) });
      const app = await createApiApp({ config, logger: createLogger('silent') });
      await app.init();
      await app.close();
    };

    test('the api records the first key by its check value at boot; the same key and no key start again', async () => {
      await boot(FIRST);
      await boot(FIRST);
      await boot(undefined);
      const database = await openDatabase({ databaseUrl: storage.env.DATABASE_URL, dataDir: storage.env.ROLECALL_DATA_DIR ?? '' });
      try {
        assert.equal(await new SettingsRepository(database.db).get(KEY_CHECK_SETTING), keyCheckValue(Buffer.from(FIRST, 'hex')));
      } finally {
        await database.close();
      }
    });

    if (engine === 'postgres') {
      test('start:api with another key refuses to start, naming ROLECALL_ENCRYPTION_KEY', () => {
        const result = spawnSync(process.execPath, [API_MAIN], {
          env: {
            PATH: process.env.PATH ?? '',
            TS_NODE_BASEURL: process.env.TS_NODE_BASEURL ?? '',
            NODE_OPTIONS: process.env.NODE_OPTIONS ?? '',
            DATABASE_URL: storage.env.DATABASE_URL ?? '',
            ROLECALL_ENCRYPTION_KEY: OTHER,
            ROLECALL_QUEUE_PREFIX: 'rctest-keycheck',
            PORT: '1',
            ROLECALL_LOG_LEVEL: 'silent',
          },
          encoding: 'utf8',
          timeout: 60_000,
        });
        assert.equal(result.status, 1, result.stderr);
        assert.match(result.stderr, /ROLECALL_ENCRYPTION_KEY is not the key this database first used \(its key check value differs\)/);
      });
    }
  });
}
