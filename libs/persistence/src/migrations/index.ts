import type { Migration, MigrationProvider } from 'kysely';
import { initialMigration } from './0001_initial';
import { scanOrganizationMigration } from './0002_scan_organization';
import { identitiesMigration } from './0003_identities';
import { outputsMigration } from './0004_outputs';
import { schedulesMigration } from './0005_schedules';
import { githubUploadTargetsMigration } from './0006_github_upload_targets';
import { coverageMigration } from './0007_coverage';
import { auditEventsMigration } from './0008_audit_events';

/** Every migration, in order. Names sort lexically; never rename or edit one that has shipped. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initialMigration,
  '0002_scan_organization': scanOrganizationMigration,
  '0003_identities': identitiesMigration,
  '0004_outputs': outputsMigration,
  '0005_schedules': schedulesMigration,
  '0006_github_upload_targets': githubUploadTargetsMigration,
  '0007_coverage': coverageMigration,
  '0008_audit_events': auditEventsMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
