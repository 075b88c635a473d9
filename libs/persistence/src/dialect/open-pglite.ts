import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import type { Schema } from '../schema';
import { lockDataDir } from './data-dir.lock';
import { PGliteDialect } from './pglite.dialect';

/** Opens (creating when missing) the embedded database under `dataDir`, locked to this process. */
export async function openPglite(dataDir: string): Promise<{ db: Kysely<Schema>; close(): Promise<void> }> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    // int8 as a decimal string, as node-postgres reads it, so both engines return the same rows.
    const pglite = await PGlite.create(join(dataDir, 'pglite'), { parsers: { [types.INT8]: (text: string) => text } });
    const db = new Kysely<Schema>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      close: async () => {
        try {
          await db.destroy();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
