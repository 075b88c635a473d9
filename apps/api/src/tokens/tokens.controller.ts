import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import type { z } from 'zod';
import { TokensRepository, type ApiToken } from '@rolecall/persistence';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal, Scope } from '../auth/principal';
import { generateToken, hashToken } from '../auth/token-secrets';
import { Contract } from '../contract/route-contract';
import type { TokenResponse } from './token.response';
import { tokenRoutes as routes, type createTokenSchema } from './tokens.contract';

function presentToken(token: ApiToken): TokenResponse {
  return {
    id: token.id,
    name: token.name,
    scopes: token.scopes as Scope[],
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdBy,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

@Controller('v1/tokens')
export class TokensController {
  constructor(private readonly tokens: TokensRepository) {}

  @Post()
  @Contract(routes.create)
  async create(@Body(routes.create.validate.body) body: z.infer<typeof createTokenSchema>, @CurrentPrincipal() principal: Principal) {
    const secret = generateToken();
    const token = await this.tokens.create({
      name: body.name,
      scopes: body.scopes,
      tokenHash: hashToken(secret),
      createdBy: principal.label,
    });
    return { ...presentToken(token), token: secret };
  }

  @Get()
  @Contract(routes.list)
  async list() {
    return { items: (await this.tokens.list()).map(presentToken) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Contract(routes.revoke)
  async revoke(@Param('id', routes.revoke.validate.param('id')) id: string): Promise<void> {
    if (!(await this.tokens.revoke(id))) throw new NotFoundException(`token ${id} not found or already revoked`);
  }
}
