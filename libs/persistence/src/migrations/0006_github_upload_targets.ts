import { sql, type Migration } from 'kysely';

const UP = [
  // The upload a scan asked for, run when it completes ({integrationId, commitSha?}); null: none.
  `alter table scans add column github_upload jsonb`,
  // Schedules name their upload target instead of a yes/no flag. A flag set while exactly one
  // integration existed can only have meant that one; any other flag cannot be resolved and is cleared.
  `alter table schedules add column github_upload_target jsonb`,
  `update schedules set github_upload_target = jsonb_build_object('integrationId', (select id from github_integrations))
     where github_upload and (select count(*) from github_integrations) = 1`,
  `alter table schedules drop column github_upload`,
  `alter table schedules rename column github_upload_target to github_upload`,
  // Who asked for an upload: a request on the scan (any number) or the scan's own target (at most one per integration).
  `alter table github_uploads add column trigger text not null default 'request' check (trigger in ('request', 'scan'))`,
  `create unique index github_uploads_scan_target on github_uploads (scan_id, integration_id) where trigger = 'scan'`,
];

const DOWN = [
  `drop index github_uploads_scan_target`,
  `alter table github_uploads drop column trigger`,
  `alter table schedules add column github_upload_flag boolean not null default false`,
  `update schedules set github_upload_flag = github_upload is not null`,
  `alter table schedules drop column github_upload`,
  `alter table schedules rename column github_upload_flag to github_upload`,
  `alter table scans drop column github_upload`,
];

/** Upload targets on scans and schedules; uploads record what triggered them. */
export const githubUploadTargetsMigration: Migration = {
  up: async (db) => {
    for (const statement of UP) await sql.raw(statement).execute(db);
  },
  down: async (db) => {
    for (const statement of DOWN) await sql.raw(statement).execute(db);
  },
};
