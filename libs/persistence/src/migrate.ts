import { Migrator, type Kysely } from 'kysely';
import { migrationProvider } from './migrations';
import type { Schema } from './schema';

/**
 * Applies pending migrations. On PostgreSQL the migrator holds an advisory lock, so
 * processes starting together apply each migration once; the others wait, then find nothing to do.
 */
export async function migrateToLatest(db: Kysely<Schema>, log: (message: string) => void): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  for (const result of results ?? []) {
    log(`migration ${result.migrationName}: ${result.status === 'Success' ? 'applied' : result.status.toLowerCase()}`);
  }
  if (error) throw new Error('database migration failed', { cause: error });
}
