import type { Kysely } from 'kysely';
import { toPage, type Page } from '../page';
import type { Schema } from '../schema';
import { newAuditEventSchema, toAuditEvent, withAuditTables, type AuditEvent, type AuditPosition, type AuditSchema, type NewAuditEvent } from './audit-event';

export class AuditEventsRepository {
  private readonly db: Kysely<AuditSchema>;

  constructor(db: Kysely<Schema>) {
    this.db = withAuditTables(db);
  }

  /** Throws a ZodError on invalid input. Control characters are stripped from the free-text parts (the user agent, the path). */
  async record(input: NewAuditEvent): Promise<AuditEvent> {
    const event = newAuditEventSchema.parse(input);
    const row = await this.db
      .insertInto('audit_events')
      .values({
        token_id: event.tokenId,
        token_name: printable(event.tokenName),
        action: event.action,
        method: event.method,
        path: printable(event.path),
        target_id: event.targetId ?? null,
        status: event.status,
        source_address: event.sourceAddress ?? null,
        user_agent: event.userAgent == null ? null : printable(event.userAgent),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAuditEvent(row);
  }

  /** Newest first, `limit` at a time, continuing after `after`. */
  async list(options: { limit: number; after?: AuditPosition; tokenId?: string }): Promise<Page<AuditEvent, AuditPosition>> {
    let query = this.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(options.limit + 1);
    if (options.tokenId !== undefined) query = query.where('token_id', '=', options.tokenId);
    if (options.after) query = query.where('seq', '<', options.after.seq);
    const rows = await query.execute();
    return toPage(rows, options.limit, toAuditEvent, (row) => ({ seq: String(row.seq) }));
  }
}

function printable(text: string): string {
  return [...text].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? '?' : char)).join('');
}
