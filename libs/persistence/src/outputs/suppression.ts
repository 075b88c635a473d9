import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { SuppressionsTable } from './outputs-schema';

export interface Suppression {
  id: string;
  ruleId: string | null;
  resourcePattern: string | null;
  accountId: string | null;
  reason: string;
  expiresAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export const newSuppressionSchema = z
  .object({
    ruleId: z.string().min(1).max(200).nullish(),
    resourcePattern: z.string().min(1).max(2048).nullish(),
    accountId: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').nullish(),
    reason: z.string().min(1).max(2000),
    expiresAt: z.date().nullish(),
    createdBy: z.string().min(1).max(200),
  })
  .refine((value) => value.ruleId || value.resourcePattern, { message: 'a rule id or a resource pattern is required', path: ['ruleId'] });
export type NewSuppression = z.input<typeof newSuppressionSchema>;

/** A glob (`*`, `?`) as a LIKE pattern escaped with a backslash. */
export function globToLike(pattern: string): string {
  return [...pattern].map((char) => (char === '*' ? '%' : char === '?' ? '_' : /[%_\\]/.test(char) ? `\\${char}` : char)).join('');
}

export function toSuppression(row: Selectable<SuppressionsTable>): Suppression {
  return {
    id: row.id,
    ruleId: row.rule_id,
    resourcePattern: row.resource_pattern,
    accountId: row.account_id,
    reason: row.reason,
    expiresAt: row.expires_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
