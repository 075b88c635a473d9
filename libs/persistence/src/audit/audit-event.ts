import type { Generated, Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Schema } from '../schema';

export interface AuditEventsTable {
  id: Generated<string>;
  seq: Generated<string>;
  occurred_at: Generated<Date>;
  token_id: string;
  token_name: string;
  action: string;
  method: string;
  path: string;
  target_id: string | null;
  status: number;
  source_address: string | null;
  user_agent: string | null;
}

export type AuditSchema = Schema & { audit_events: AuditEventsTable };

export function withAuditTables(db: Kysely<Schema>): Kysely<AuditSchema> {
  return db as unknown as Kysely<AuditSchema>;
}

/** A change made through the api. The token is named by id: a stored token's name is free text. */
export interface AuditEvent {
  id: string;
  occurredAt: Date;
  tokenId: string;
  tokenName: string;
  action: string;
  method: string;
  path: string;
  targetId: string | null;
  status: number;
  sourceAddress: string | null;
  userAgent: string | null;
}

export const newAuditEventSchema = z.object({
  tokenId: z.string().min(1).max(100),
  tokenName: z.string().min(1).max(200),
  action: z.string().min(1).max(100),
  method: z.string().min(1).max(10),
  path: z.string().min(1).max(2048),
  targetId: z.string().max(100).nullish(),
  status: z.number().int().min(100).max(599),
  sourceAddress: z.string().max(100).nullish(),
  userAgent: z.string().max(512).nullish(),
});
export type NewAuditEvent = z.input<typeof newAuditEventSchema>;

/** Where a page of audit events ends: newest first, by the order they were recorded in. */
export const auditPositionSchema = z.object({ seq: z.string().regex(/^\d{1,19}$/) });
export type AuditPosition = z.infer<typeof auditPositionSchema>;

export function toAuditEvent(row: Selectable<AuditEventsTable>): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    tokenId: row.token_id,
    tokenName: row.token_name,
    action: row.action,
    method: row.method,
    path: row.path,
    targetId: row.target_id,
    status: row.status,
    sourceAddress: row.source_address,
    userAgent: row.user_agent,
  };
}
