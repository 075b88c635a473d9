import type { Migration, MigrationProvider } from 'kysely';
import { initialMigration } from './0001_initial';
import { scanOrganizationMigration } from './0002_scan_organization';

/** Every migration, in order. Names sort lexically; never rename or edit one that has shipped. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initialMigration,
  '0002_scan_organization': scanOrganizationMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
