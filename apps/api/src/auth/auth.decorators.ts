import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest, Principal, Scope } from './principal';

export const PUBLIC_ROUTE = 'rolecall:public';
export const REQUIRED_SCOPE = 'rolecall:scope';
export const UNLIMITED_PUBLIC_ROUTE = 'rolecall:public-unlimited';

/**
 * The route needs no token (/health, /metrics without ROLECALL_METRICS_TOKEN). Such requests are
 * rate limited per client address unless `limitByAddress` is false (/health: probes must answer
 * whatever Redis, which holds the counters, is doing).
 */
export const Public = (options: { limitByAddress?: boolean } = {}) =>
  SetMetadata(options.limitByAddress === false ? UNLIMITED_PUBLIC_ROUTE : PUBLIC_ROUTE, true);

/** The token must carry this scope (admin carries all). */
export const RequireScope = (scope: Scope) => SetMetadata(REQUIRED_SCOPE, scope);

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
