import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { SuppressionsRepository, type Suppression } from '@rolecall/persistence';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { Contract } from '../contract/route-contract';
import type { CreateSuppressionRequest, ListSuppressionsQuery } from './suppression-request.schema';
import type { SuppressionResponse } from './suppression.response';
import { suppressionRoutes as routes } from './suppressions.contract';

function presentSuppression(suppression: Suppression, now = new Date()): SuppressionResponse {
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

@Controller('v1/suppressions')
export class SuppressionsController {
  constructor(private readonly suppressions: SuppressionsRepository) {}

  @Post()
  @Contract(routes.create)
  async create(@Body(routes.create.validate.body) body: CreateSuppressionRequest, @CurrentPrincipal() principal: Principal) {
    return presentSuppression(await this.suppressions.create({ ...body, createdBy: principal.label }));
  }

  @Get()
  @Contract(routes.list)
  async list(@Query(routes.list.validate.query) query: ListSuppressionsQuery) {
    const items = await this.suppressions.list({ activeOnly: query.includeExpired === 'false' });
    return { items: items.map((suppression) => presentSuppression(suppression)) };
  }

  @Get(':id')
  @Contract(routes.get)
  async get(@Param('id', routes.get.validate.param('id')) id: string) {
    const suppression = await this.suppressions.get(id);
    if (!suppression) throw new NotFoundException(`suppression ${id} not found`);
    return presentSuppression(suppression);
  }

  @Delete(':id')
  @HttpCode(204)
  @Contract(routes.remove)
  async remove(@Param('id', routes.remove.validate.param('id')) id: string): Promise<void> {
    if (!(await this.suppressions.delete(id))) throw new NotFoundException(`suppression ${id} not found`);
  }
}
