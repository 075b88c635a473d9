import { sql, type Migration } from 'kysely';

/** The organization a scan was planned against (what "inside the organization" means to its rules). */
export const scanOrganizationMigration: Migration = {
  up: async (db) => {
    await sql`alter table scans add column organization jsonb`.execute(db);
  },
  down: async (db) => {
    await sql`alter table scans drop column organization`.execute(db);
  },
};
