import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase, type Database, type DatabaseEngine, type DatabaseOptions } from '../database';

export const TEST_ENGINES: readonly DatabaseEngine[] = ['pglite', 'postgres'];

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated database of its own for one test file; `dispose` closes and deletes it. */
export interface TestDatabase {
  database: Database;
  /** Opens the same database again, as a restarted process would. */
  options: DatabaseOptions;
  dispose(): Promise<void>;
}

/**
 * PGlite in a fresh temporary directory, or a fresh PostgreSQL database `rolecall_test_<hex>`
 * created through DATABASE_URL_ADMIN (default postgres://postgres@127.0.0.1:5432/test).
 */
export async function createTestDatabase(engine: DatabaseEngine): Promise<TestDatabase> {
  return engine === 'pglite' ? createPgliteDatabase() : createPostgresDatabase();
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-test-'));
  const options = { dataDir };
  const database = await openDatabase(options);
  return { database, options, dispose: () => closeThen(database, async () => rmSync(dataDir, { recursive: true, force: true })) };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyPostgresDatabase();
  const options = { databaseUrl: empty.url, dataDir: join(tmpdir(), empty.name) };
  const database = await openDatabase(options);
  return { database, options, dispose: () => closeThen(database, empty.drop) };
}

/** A new, unmigrated PostgreSQL database `rolecall_test_<hex>`. */
export async function createEmptyPostgresDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL_ADMIN ?? DEFAULT_ADMIN_URL;
  const name = `rolecall_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => asAdmin(adminUrl, `drop database if exists ${name} with (force)`) };
}

async function closeThen(database: Database, cleanUp: () => Promise<void>): Promise<void> {
  try {
    await database.close();
  } finally {
    await cleanUp();
  }
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
