import { sql, type Kysely } from 'kysely';
import { openPglite } from './dialect/open-pglite';
import { openPostgres } from './dialect/open-postgres';
import { migrateToLatest } from './migrate';
import type { Schema } from './schema';

/** What the persistence layer logs; a pino logger fits. */
export interface DatabaseLogger {
  info(message: string): void;
  error(message: string): void;
}

export interface DatabaseOptions {
  /** PostgreSQL when set; otherwise embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  logger?: DatabaseLogger;
}

export type DatabaseEngine = 'postgres' | 'pglite';

export interface Database {
  db: Kysely<Schema>;
  engine: DatabaseEngine;
  close(): Promise<void>;
}

/** Opens the configured engine and applies pending migrations before returning. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger = options.logger;
  const engine: DatabaseEngine = options.databaseUrl ? 'postgres' : 'pglite';
  const opened = options.databaseUrl
    ? openPostgres(options.databaseUrl, (error) => logger?.error(`idle database connection failed: ${error.message}`))
    : await openPglite(options.dataDir);
  try {
    await migrateToLatest(opened.db, (message) => logger?.info(message));
  } catch (error) {
    await opened.close();
    throw error;
  }
  return { db: opened.db, engine, close: opened.close };
}

/** True when the database answers `select 1` within `timeoutMs`. */
export async function pingDatabase(db: Kysely<Schema>, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const ping = sql`select 1 as ok`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
