import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase, pingDatabase, type Database, type DatabaseLogger } from './database';
import { describeOnEachEngine } from './testing/each-engine';
import { createEmptyPostgresDatabase } from './testing/test-database';
import { TokensRepository } from './tokens/tokens.repository';

const MIGRATIONS = ['0001_initial', '0002_scan_organization', '0003_identities', '0004_outputs', '0005_schedules', '0006_github_upload_targets', '0007_coverage', '0008_audit_events'];

function recordingLogger(): DatabaseLogger & { messages: string[] } {
  const messages: string[] = [];
  return { messages, info: (message) => messages.push(message), error: (message) => messages.push(`error: ${message}`) };
}

async function appliedMigrations(database: Database): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
  return result.rows.map((row) => row.name);
}

describeOnEachEngine('openDatabase', (current) => {
  test('applies the migrations once and reports the engine', async () => {
    const { database } = current();
    assert.equal(database.engine, current().options.databaseUrl ? 'postgres' : 'pglite');
    assert.deepEqual(await appliedMigrations(database), MIGRATIONS);
    assert.equal(await pingDatabase(database.db), true);
  });

  test('reopening keeps the data and applies nothing again', async () => {
    const { database, options } = current();
    const tokens = new TokensRepository(database.db);
    const token = await tokens.create({ name: 'ci', tokenHash: 'a'.repeat(64), scopes: ['admin'] });
    await database.close();

    const logger = recordingLogger();
    const reopened = await openDatabase({ ...options, logger });
    current().database = reopened;
    assert.deepEqual(logger.messages, []);
    assert.deepEqual(await appliedMigrations(reopened), MIGRATIONS);
    assert.deepEqual(await new TokensRepository(reopened.db).findActiveByHash('a'.repeat(64)), token);
  });

  test('a closed database does not answer the ping', async () => {
    const { database, options } = current();
    await database.close();
    assert.equal(await pingDatabase(database.db), false);
    current().database = await openDatabase(options);
  });
});

test('PostgreSQL: processes starting together apply each migration exactly once', async () => {
  const empty = await createEmptyPostgresDatabase();
  const loggers = [recordingLogger(), recordingLogger(), recordingLogger()];
  try {
    const opened = await Promise.all(loggers.map((logger) => openDatabase({ databaseUrl: empty.url, dataDir: '/nonexistent', logger })));
    assert.deepEqual(loggers.flatMap((logger) => logger.messages), MIGRATIONS.map((name) => `migration ${name}: applied`));
    assert.deepEqual(await appliedMigrations(opened[0]), MIGRATIONS);
    await Promise.all(opened.map((database) => database.close()));
  } finally {
    await empty.drop();
  }
});

test('PGlite: creates a missing data directory and refuses a second opener', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rolecall-test-'));
  const dataDir = join(root, 'nested', 'data');
  try {
    const database = await openDatabase({ dataDir });
    await assert.rejects(openDatabase({ dataDir }), { message: `data directory ${dataDir} is in use by process ${process.pid}` });
    assert.equal(await pingDatabase(database.db), true);
    await database.close();
    const reopened = await openDatabase({ dataDir });
    assert.equal(reopened.engine, 'pglite');
    await reopened.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
