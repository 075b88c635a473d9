import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../database';

let dataDir = '';
let database: Database;
before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rolecall-dialect-'));
  database = await openDatabase({ dataDir });
});
after(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('concurrent transactions on the single PGlite session do not interleave', async () => {
  const db = database.db;
  const failing = db.transaction().execute(async (tx) => {
    await tx.insertInto('settings').values({ key: 'rolled-back', value: '1' }).execute();
    await new Promise<void>((resolve) => setImmediate(resolve));
    throw new Error('abort this transaction');
  });
  const committed = db.transaction().execute(async (tx) => {
    await tx.insertInto('settings').values({ key: 'committed', value: '2' }).execute();
  });
  const outside = db.insertInto('settings').values({ key: 'outside', value: '3' }).execute();

  await assert.rejects(failing, { message: 'abort this transaction' });
  await committed;
  await outside;
  const keys = await db.selectFrom('settings').select('key').orderBy('key').execute();
  assert.deepEqual(keys.map((row) => row.key), ['committed', 'outside']);
});

test('int8 reads as a decimal string and counts of affected rows are reported', async () => {
  const result = await sql<{ big: string }>`select 9007199254740993::int8 as big`.execute(database.db);
  assert.deepEqual(result.rows, [{ big: '9007199254740993' }]);
  const deleted = await database.db.deleteFrom('settings').where('key', 'in', ['committed', 'outside']).executeTakeFirst();
  assert.equal(deleted.numDeletedRows, 2n);
});
