import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { CursorCodec, InvalidCursorError, hashFilters, type Database } from '@rolecall/persistence';
import { DATABASE } from '@rolecall/runtime';

/** Signed pagination cursors bound to the query that issued them; a bad cursor is a 400. */
@Injectable()
export class PageCursors {
  private codec?: Promise<CursorCodec>;

  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async encode(position: unknown, query: Record<string, unknown>): Promise<string> {
    return (await this.load()).encode(position, hashFilters(query));
  }

  async decode<T>(cursor: string, query: Record<string, unknown>, schema: z.ZodType<T>): Promise<T> {
    const codec = await this.load();
    try {
      return codec.decode(cursor, hashFilters(query), schema);
    } catch (error) {
      if (error instanceof InvalidCursorError) throw new BadRequestException(`query.cursor: ${error.message}`);
      throw error;
    }
  }

  private load(): Promise<CursorCodec> {
    this.codec ??= CursorCodec.load(this.database.db).catch((error: unknown) => {
      this.codec = undefined;
      throw error;
    });
    return this.codec;
  }
}
