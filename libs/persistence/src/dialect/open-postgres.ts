import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { Schema } from '../schema';

/**
 * Opens a pooled connection to PostgreSQL. A connection that drops (database restarted, network cut)
 * must never crash the process: errors on idle pooled clients, and on clients checked out by a query
 * or transaction (whose query then rejects on its own), go to `onError`.
 */
export function openPostgres(databaseUrl: string, onError: (error: Error) => void): { db: Kysely<Schema>; close(): Promise<void> } {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 10_000 });
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, close: () => db.destroy() };
}
