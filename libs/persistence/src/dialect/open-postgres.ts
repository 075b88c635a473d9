import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { Schema } from '../schema';

/** Opens a pooled connection to PostgreSQL; errors on idle pooled clients go to `onError` instead of crashing. */
export function openPostgres(databaseUrl: string, onError: (error: Error) => void): { db: Kysely<Schema>; close(): Promise<void> } {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  pool.on('error', onError);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, close: () => db.destroy() };
}
