import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema';
import { isUuid } from '../uuid';
import { withOutputTables, type OutputsSchema } from './outputs-schema';
import { globToLike, newSuppressionSchema, toSuppression, type NewSuppression, type Suppression } from './suppression';

export class SuppressionsRepository {
  private readonly db: Kysely<OutputsSchema>;

  constructor(db: Kysely<Schema>) {
    this.db = withOutputTables(db);
  }

  /** Throws a ZodError on invalid input (neither rule nor pattern, bad account). */
  async create(input: NewSuppression): Promise<Suppression> {
    const value = newSuppressionSchema.parse(input);
    const row = await this.db
      .insertInto('suppressions')
      .values({
        rule_id: value.ruleId ?? null,
        resource_pattern: value.resourcePattern ?? null,
        resource_like: value.resourcePattern ? globToLike(value.resourcePattern) : null,
        account_id: value.accountId ?? null,
        reason: value.reason,
        expires_at: value.expiresAt ?? null,
        created_by: value.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSuppression(row);
  }

  /** Oldest first; `activeOnly` leaves out expired ones. */
  async list(options: { activeOnly: boolean }): Promise<Suppression[]> {
    let query = this.db.selectFrom('suppressions').selectAll().orderBy('created_at').orderBy('id');
    if (options.activeOnly) query = query.where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]));
    return (await query.execute()).map(toSuppression);
  }

  async get(id: string): Promise<Suppression | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('suppressions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toSuppression(row);
  }

  /** False when unknown. */
  async delete(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.db.deleteFrom('suppressions').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows === 1n;
  }
}
