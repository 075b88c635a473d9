import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { ApiTokensTable } from '../schema';

export const API_TOKEN_SCOPES = ['scans:write', 'findings:read', 'admin'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** A stored API token; its secret is never stored, only its hash, which is not returned. */
export interface ApiToken {
  id: string;
  name: string;
  scopes: ApiTokenScope[];
  createdAt: Date;
  createdBy: string | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export const newApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(200),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase sha256 hex digest'),
  scopes: z
    .array(z.enum(API_TOKEN_SCOPES))
    .min(1)
    .transform((scopes) => API_TOKEN_SCOPES.filter((scope) => scopes.includes(scope))),
  createdBy: z.string().min(1).max(200).nullish(),
});
export type NewApiToken = z.input<typeof newApiTokenSchema>;

export function toApiToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    scopes: API_TOKEN_SCOPES.filter((scope) => row.scopes.includes(scope)),
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
