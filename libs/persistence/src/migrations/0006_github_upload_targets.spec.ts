import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Migrator, sql } from 'kysely';
import { migrateToLatest } from '../migrate';
import { describeOnEachEngine } from '../testing/each-engine';
import { migrationProvider } from './index';

describeOnEachEngine('migration 0006_github_upload_targets', (current) => {
  const db = () => current().database.db;
  const flags = async () => (await sql<{ cron: string; github_upload: unknown }>`select cron, github_upload from schedules order by cron`.execute(db())).rows;
  const addIntegration = async (repo: string) =>
    (await sql<{ id: string }>`insert into github_integrations (owner, repo, ref, api_base_url, token_ciphertext, created_by)
      values ('acme', ${repo}, 'refs/heads/main', 'https://api.github.com', 'sealed', 'admin') returning id`.execute(db())).rows[0].id;

  test('a schedule flag set while one integration existed uploads to it; a flag that names none is cleared, never guessed', async () => {
    const migrator = new Migrator({ db: db(), provider: migrationProvider });
    assert.equal((await migrator.migrateTo('0005_schedules')).error, undefined);
    const only = await addIntegration('cloud');
    await sql`insert into schedules (cron, timezone, scope, github_upload, scope_key) values
      ('0 1 * * *', 'UTC', '{"organization":true}', true, 'organization|regions:*'),
      ('0 2 * * *', 'UTC', '{"organization":true}', false, 'organization|regions:*')`.execute(db());
    await migrateToLatest(db(), () => undefined);
    assert.deepEqual(await flags(), [
      { cron: '0 1 * * *', github_upload: { integrationId: only } },
      { cron: '0 2 * * *', github_upload: null },
    ]);

    // Down keeps the yes/no; with two integrations the way up cannot tell which one was meant.
    assert.equal((await migrator.migrateTo('0005_schedules')).error, undefined);
    assert.deepEqual((await flags()).map((row) => row.github_upload), [true, false]);
    await addIntegration('other');
    await migrateToLatest(db(), () => undefined);
    assert.deepEqual((await flags()).map((row) => row.github_upload), [null, null]);
  });
});
