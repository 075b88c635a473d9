import type { Kysely } from 'kysely';
import type { Schema } from '../schema';

export class SettingsRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value;
  }

  /** The stored value, storing `create()` first when there is none; concurrent callers all see the first one stored. */
  async getOrCreate(key: string, create: () => string): Promise<string> {
    await this.db
      .insertInto('settings')
      .values({ key, value: create() })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
    const value = await this.get(key);
    if (value === undefined) throw new Error(`setting ${key} vanished right after it was stored`);
    return value;
  }
}
