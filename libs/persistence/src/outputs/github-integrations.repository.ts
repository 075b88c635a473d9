import { sql, type Kysely } from 'kysely';
import { toJsonb } from '../jsonb';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';
import {
  newGithubIntegrationSchema,
  toGithubIntegration,
  toGithubUpload,
  type GithubIntegration,
  type GithubUpload,
  type GithubUploadStatus,
  type NewGithubIntegration,
} from './github-integration';
import { withOutputTables, type OutputsSchema } from './outputs-schema';
import { openSecret, sealSecret } from './secret-box';

/** GitHub upload targets (token sealed with AES-256-GCM under the given key) and the uploads made to them. */
export class GithubIntegrationsRepository {
  private readonly db: Kysely<OutputsSchema>;

  constructor(db: Kysely<Schema>) {
    this.db = withOutputTables(db);
  }

  async create(key: Buffer, input: NewGithubIntegration): Promise<GithubIntegration> {
    const value = newGithubIntegrationSchema.parse(input);
    const row = await this.db
      .insertInto('github_integrations')
      .values({
        owner: value.owner,
        repo: value.repo,
        ref: value.ref,
        api_base_url: value.apiBaseUrl,
        token_ciphertext: sealSecret(key, value.token),
        created_by: value.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toGithubIntegration(row);
  }

  async list(): Promise<GithubIntegration[]> {
    return (await this.db.selectFrom('github_integrations').selectAll().orderBy('created_at').orderBy('id').execute()).map(toGithubIntegration);
  }

  async get(id: string): Promise<GithubIntegration | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('github_integrations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toGithubIntegration(row);
  }

  /** The decrypted token; throws when the key is not the one it was sealed with. */
  async token(key: Buffer, id: string): Promise<string | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('github_integrations').select('token_ciphertext').where('id', '=', id).executeTakeFirst();
    return row && openSecret(key, row.token_ciphertext);
  }

  async delete(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.db.deleteFrom('github_integrations').where('id', '=', id).executeTakeFirst()).numDeletedRows === 1n;
  }

  /** An upload asked for on a completed scan (POST /v1/scans/{id}/github-uploads): one row per request. */
  async createUpload(scanId: string, integrationId: string): Promise<GithubUpload> {
    const row = await this.db
      .insertInto('github_uploads')
      .values({ scan_id: scanId, integration_id: integrationId, status: 'queued', trigger: 'request' })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toGithubUpload(row);
  }

  /** The scan's own upload to its target: created once however often its completion is processed. */
  async ensureScanUpload(scanId: string, integrationId: string): Promise<GithubUpload> {
    await this.db
      .insertInto('github_uploads')
      .values({ scan_id: scanId, integration_id: integrationId, status: 'queued', trigger: 'scan' })
      .onConflict((conflict) => conflict.columns(['scan_id', 'integration_id']).where('trigger', '=', 'scan').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('github_uploads')
      .selectAll()
      .where('scan_id', '=', scanId)
      .where('integration_id', '=', integrationId)
      .where('trigger', '=', 'scan')
      .executeTakeFirstOrThrow();
    return toGithubUpload(row);
  }

  /** Records an upload's outcome; a final status sets finished_at. */
  async recordUpload(
    id: string,
    outcome: { status: GithubUploadStatus; sarifIds?: string[]; errors?: string[]; commitSha?: string | null },
  ): Promise<GithubUpload | undefined> {
    if (!isUuid(id)) return undefined;
    const final = outcome.status !== 'queued' && outcome.status !== 'pending';
    const row = await this.db
      .updateTable('github_uploads')
      .set({
        status: outcome.status,
        ...(outcome.sarifIds ? { sarif_ids: toJsonb(outcome.sarifIds) } : {}),
        ...(outcome.errors ? { errors: toJsonb(outcome.errors) } : {}),
        ...(outcome.commitSha !== undefined ? { commit_sha: outcome.commitSha } : {}),
        finished_at: final ? sql<Date>`now()` : null,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toGithubUpload(row);
  }

  async getUpload(id: string): Promise<GithubUpload | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('github_uploads').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toGithubUpload(row);
  }

  async uploadsForScan(scanId: string): Promise<GithubUpload[]> {
    if (!isUuid(scanId)) return [];
    return (await this.db.selectFrom('github_uploads').selectAll().where('scan_id', '=', scanId).orderBy('created_at').execute()).map(toGithubUpload);
  }
}
