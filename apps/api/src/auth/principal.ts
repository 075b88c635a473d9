import type { Request } from 'express';

export const SCOPES = ['scans:write', 'findings:read', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is calling: a stored token, or the bootstrap admin from ROLECALL_ADMIN_TOKEN. */
export interface Principal {
  /** A stored token's id (a UUID), or `bootstrap-admin` for ROLECALL_ADMIN_TOKEN. */
  tokenId: string;
  /** Free text chosen by whoever created the token: shown, never trusted to identify it. */
  name: string;
  /** What createdBy / requestedBy record: `ROLECALL_ADMIN_TOKEN`, or `token:<id>` (a name could imitate the former). */
  label: string;
  scopes: readonly Scope[];
}

export type AuthenticatedRequest = Request & { principal?: Principal };

/** admin implies every other scope. */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes('admin') || principal.scopes.includes(scope);
}

/** The createdBy / requestedBy value for a stored token: its id, which no name can imitate. */
export function tokenLabel(tokenId: string): string {
  return `token:${tokenId}`;
}
