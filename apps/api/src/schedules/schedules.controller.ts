import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { QueueAvailableGuard } from '../common/queue-available.guard';
import { Contract } from '../contract/route-contract';
import type { CreateScheduleRequest, UpdateScheduleRequest } from './schedule-request.schema';
import { scheduleRoutes as routes } from './schedules.contract';
import { SchedulesService } from './schedules.service';

@Controller('v1/schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Post()
  @HttpCode(201)
  @Contract(routes.create)
  @UseGuards(QueueAvailableGuard)
  async create(
    @Body(routes.create.validate.body) body: CreateScheduleRequest,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    const schedule = await this.schedules.create(body, principal);
    response.setHeader('Location', `/v1/schedules/${schedule.id}`);
    return schedule;
  }

  @Get()
  @Contract(routes.list)
  list() {
    return this.schedules.list();
  }

  @Get(':id')
  @Contract(routes.get)
  get(@Param('id', routes.get.validate.param('id')) id: string) {
    return this.schedules.get(id);
  }

  @Get(':id/runs')
  @Contract(routes.runs)
  runs(@Param('id', routes.runs.validate.param('id')) id: string) {
    return this.schedules.runs(id);
  }

  @Patch(':id')
  @Contract(routes.update)
  @UseGuards(QueueAvailableGuard)
  update(@Param('id', routes.update.validate.param('id')) id: string, @Body(routes.update.validate.body) body: UpdateScheduleRequest) {
    return this.schedules.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Contract(routes.remove)
  @UseGuards(QueueAvailableGuard)
  async remove(@Param('id', routes.remove.validate.param('id')) id: string): Promise<void> {
    await this.schedules.remove(id);
  }
}
