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
import { PUBLIC_ROUTE, REQUIRED_SCOPE } from './auth.decorators';
import { hasScope, type AuthenticatedRequest, type Principal, type Scope } from './principal';
import { RateLimiter } from './rate-limiter';
import { hashToken, tokensMatch } from './token-secrets';

const BOOTSTRAP_ADMIN: Principal = { tokenId: 'bootstrap-admin', name: 'ROLECALL_ADMIN_TOKEN', scopes: ['admin'] };

/** Bearer-token authentication, scope checks and per-token rate limiting for every non-public route. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensRepository,
    private readonly rateLimiter: RateLimiter,
    @Inject(CONFIG) private readonly config: RolecallConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request.headers.authorization);
    request.principal = principal;

    const decision = await this.rateLimiter.consume(principal.tokenId);
    if (!decision.allowed) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new HttpException(
        `rate limit exceeded for this token; retry after ${decision.retryAfterSeconds} s`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }

    const scope = this.reflector.getAllAndOverride<Scope | undefined>(REQUIRED_SCOPE, targets);
    if (scope && !hasScope(principal, scope)) {
      throw new ForbiddenException(`this token lacks the ${scope} scope`);
    }
    return true;
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
    return { tokenId: token.id, name: token.name, scopes: token.scopes };
  }
}
