import type { Kysely } from 'kysely';
import type { Schema } from '../schema';
import { toJsonb } from '../jsonb';
import { isUuid } from '../uuid';
import { newApiTokenSchema, toApiToken, type ApiToken, type NewApiToken } from './api-token';

export class TokensRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /** Throws a ZodError on invalid input and a unique violation when the hash is already stored. */
  async create(input: NewApiToken): Promise<ApiToken> {
    const token = newApiTokenSchema.parse(input);
    const row = await this.db
      .insertInto('api_tokens')
      .values({
        name: token.name,
        token_hash: token.tokenHash,
        scopes: toJsonb(token.scopes),
        created_by: token.createdBy ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toApiToken(row);
  }

  async findActiveByHash(tokenHash: string): Promise<ApiToken | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row && toApiToken(row);
  }

  async get(id: string): Promise<ApiToken | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toApiToken(row);
  }

  /** Every token, revoked ones included, newest first. */
  async list(): Promise<ApiToken[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(toApiToken);
  }

  /** True when an active token was revoked now; false when unknown or already revoked. */
  async revoke(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Records a use; never moves last_used_at backwards. */
  async touch(id: string, at: Date): Promise<void> {
    if (!isUuid(id)) return;
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at)]))
      .execute();
  }
}
