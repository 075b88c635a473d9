import {
  ForbiddenException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { RolecallConfig } from '@rolecall/config';
import { TokensRepository } from '@rolecall/persistence';
import { CONFIG } from '@rolecall/runtime';
import { PUBLIC_ROUTE, REQUIRED_SCOPE, UNLIMITED_PUBLIC_ROUTE } from './auth.decorators';
import { LastUsedRecorder } from './last-used';
import { hasScope, tokenLabel, type AuthenticatedRequest, type Principal, type Scope } from './principal';
import { RateLimiter, UNAUTHENTICATED_LIMITER, type RateDecision } from './rate-limiter';
import { hashToken, tokensMatch } from './token-secrets';

export const BOOTSTRAP_ADMIN: Principal = { tokenId: 'bootstrap-admin', name: 'ROLECALL_ADMIN_TOKEN', label: 'ROLECALL_ADMIN_TOKEN', scopes: ['admin'] };

/**
 * Bearer-token authentication, scope checks and rate limits: per token for authenticated requests,
 * per client address for the rest (public routes but /health, and every failed authentication).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensRepository,
    private readonly rateLimiter: RateLimiter,
    @Inject(UNAUTHENTICATED_LIMITER) private readonly addressLimiter: RateLimiter,
    private readonly lastUsed: LastUsedRecorder,
    @Inject(CONFIG) private readonly config: RolecallConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    if (this.reflector.getAllAndOverride<boolean>(UNLIMITED_PUBLIC_ROUTE, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      await this.limitAddress(request, response);
      return true;
    }

    let principal: Principal;
    try {
      principal = await this.authenticate(request.headers.authorization);
    } catch (error) {
      // Guessing tokens counts against the address: past the limit, 429 instead of 401.
      if (error instanceof UnauthorizedException) await this.limitAddress(request, response);
      throw error;
    }
    request.principal = principal;

    const decision = await this.rateLimiter.consume(principal.tokenId);
    if (!decision.allowed) throw tooMany(response, decision, 'this token');
    await this.lastUsed.record(principal.tokenId);

    const scope = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, targets);
    if (scope && !hasScope(principal, scope)) {
      throw new ForbiddenException(`this token lacks the ${scope} scope`);
    }
    return true;
  }

  private async limitAddress(request: AuthenticatedRequest, response: Response): Promise<void> {
    const address = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const decision = await this.addressLimiter.consume(`address:${address}`);
    if (!decision.allowed) throw tooMany(response, decision, 'this address (requests without a valid token)');
  }

  private async authenticate(header: string | undefined): Promise<Principal> {
    if (!header) throw new UnauthorizedException('missing Authorization header: send "Authorization: Bearer <token>"');
    const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header);
    if (!match?.[1]) throw new UnauthorizedException('Authorization header must be "Bearer <token>"');
    const presented = match[1];

    const adminToken = this.config.ROLECALL_ADMIN_TOKEN;
    if (adminToken && tokensMatch(presented, adminToken)) return BOOTSTRAP_ADMIN;

    const token = await this.tokens.findActiveByHash(hashToken(presented));
    if (!token) throw new UnauthorizedException('invalid or revoked token');
    return { tokenId: token.id, name: token.name, label: tokenLabel(token.id), scopes: token.scopes };
  }
}

function tooMany(response: Response, decision: RateDecision, who: string): HttpException {
  response.setHeader('Retry-After', String(decision.retryAfterSeconds));
  return new HttpException(`rate limit exceeded for ${who}; retry after ${decision.retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
}
