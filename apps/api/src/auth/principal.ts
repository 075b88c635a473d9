import type { Request } from 'express';

export const SCOPES = ['scans:write', 'findings:read', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who is calling: a stored token, or the bootstrap admin from ROLECALL_ADMIN_TOKEN. */
export interface Principal {
  tokenId: string;
  name: string;
  scopes: readonly Scope[];
}

export type AuthenticatedRequest = Request & { principal?: Principal };

/** admin implies every other scope. */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes('admin') || principal.scopes.includes(scope);
}
