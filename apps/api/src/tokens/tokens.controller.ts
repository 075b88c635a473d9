import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { TokensRepository, type ApiToken } from '@rolecall/persistence';
import { CurrentPrincipal, RequireScope } from '../auth/auth.decorators';
import { SCOPES, type Principal } from '../auth/principal';
import { generateToken, hashToken } from '../auth/token-secrets';
import { text } from '../common/text.schema';
import { ZodValidationPipe } from '../common/zod-validation';

const createTokenSchema = z
  .object({
    name: text({ max: 200 }),
    scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
  })
  .strict();

function presentToken(token: ApiToken) {
  return {
    id: token.id,
    name: token.name,
    scopes: token.scopes,
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdBy,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

@ApiTags('tokens')
@ApiBearerAuth()
@RequireScope('admin')
@Controller('v1/tokens')
export class TokensController {
  constructor(private readonly tokens: TokensRepository) {}

  @Post()
  @ApiOperation({ summary: 'Create a token; its secret is in this response only' })
  @ApiBody({ schema: z.toJSONSchema(createTokenSchema, { io: 'input' }) as object })
  async create(
    @Body(new ZodValidationPipe(createTokenSchema, 'body')) body: z.infer<typeof createTokenSchema>,
    @CurrentPrincipal() principal: Principal,
  ) {
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
  @ApiOperation({ summary: 'List tokens (never their secrets)' })
  async list() {
    return { items: (await this.tokens.list()).map(presentToken) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a token' })
  async revoke(@Param('id', new ZodValidationPipe(z.string().uuid({ message: 'token id must be a UUID' }), 'path')) id: string): Promise<void> {
    if (!(await this.tokens.revoke(id))) throw new NotFoundException(`token ${id} not found or already revoked`);
  }
}
