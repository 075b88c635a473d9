import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SuppressionsRepository, type Suppression } from '@rolecall/persistence';
import { CurrentPrincipal, RequireScope } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ZodValidationPipe } from '../common/zod-validation';
import { createSuppressionSchema, listSuppressionsQuerySchema, suppressionIdSchema, type CreateSuppressionRequest } from './suppression-request.schema';

const suppressionId = new ZodValidationPipe(suppressionIdSchema, 'path');

function presentSuppression(suppression: Suppression, now = new Date()) {
  return {
    id: suppression.id,
    ruleId: suppression.ruleId,
    resourcePattern: suppression.resourcePattern,
    accountId: suppression.accountId,
    reason: suppression.reason,
    expiresAt: suppression.expiresAt?.toISOString() ?? null,
    createdBy: suppression.createdBy,
    createdAt: suppression.createdAt.toISOString(),
    active: suppression.expiresAt === null || suppression.expiresAt > now,
  };
}

@ApiTags('suppressions')
@ApiBearerAuth()
@Controller('v1/suppressions')
export class SuppressionsController {
  constructor(private readonly suppressions: SuppressionsRepository) {}

  @Post()
  @RequireScope('scans:write')
  @ApiOperation({ summary: 'Suppress findings by rule id and/or resource ARN glob, optionally in one account, until an expiry' })
  async create(@Body(new ZodValidationPipe(createSuppressionSchema, 'body')) body: CreateSuppressionRequest, @CurrentPrincipal() principal: Principal) {
    return presentSuppression(await this.suppressions.create({ ...body, createdBy: principal.label }));
  }

  @Get()
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'Active suppressions (includeExpired=true adds expired ones)' })
  async list(@Query(new ZodValidationPipe(listSuppressionsQuerySchema, 'query')) query: z.infer<typeof listSuppressionsQuerySchema>) {
    const items = await this.suppressions.list({ activeOnly: query.includeExpired === 'false' });
    return { items: items.map((suppression) => presentSuppression(suppression)) };
  }

  @Get(':id')
  @RequireScope('findings:read')
  async get(@Param('id', suppressionId) id: string) {
    const suppression = await this.suppressions.get(id);
    if (!suppression) throw new NotFoundException(`suppression ${id} not found`);
    return presentSuppression(suppression);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScope('scans:write')
  @ApiOperation({ summary: 'Delete a suppression; its findings count again' })
  async remove(@Param('id', suppressionId) id: string): Promise<void> {
    if (!(await this.suppressions.delete(id))) throw new NotFoundException(`suppression ${id} not found`);
  }
}
