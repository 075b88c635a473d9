import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, RequireScope } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { QueueAvailableGuard } from '../common/queue-available.guard';
import { ZodValidationPipe } from '../common/zod-validation';
import {
  createScheduleSchema,
  scheduleIdSchema,
  updateScheduleSchema,
  type CreateScheduleRequest,
  type UpdateScheduleRequest,
} from './schedule-request.schema';
import { SchedulesService } from './schedules.service';

const scheduleId = new ZodValidationPipe(scheduleIdSchema, 'path');

@ApiTags('schedules')
@ApiBearerAuth()
@Controller('v1/schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Post()
  @HttpCode(201)
  @RequireScope('scans:write')
  @UseGuards(QueueAvailableGuard)
  @ApiOperation({ summary: 'Scan a scope on a cron schedule; a firing while a scan of the scope is active is skipped and recorded' })
  @ApiBody({ schema: z.toJSONSchema(createScheduleSchema, { io: 'input' }) as object })
  async create(
    @Body(new ZodValidationPipe(createScheduleSchema, 'body')) body: CreateScheduleRequest,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    const schedule = await this.schedules.create(body, principal);
    response.setHeader('Location', `/v1/schedules/${schedule.id}`);
    return schedule;
  }

  @Get()
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'List schedules' })
  list() {
    return this.schedules.list();
  }

  @Get(':id')
  @RequireScope('findings:read')
  @ApiOperation({ summary: 'A schedule' })
  get(@Param('id', scheduleId) id: string) {
    return this.schedules.get(id);
  }

  @Get(':id/runs')
  @RequireScope('findings:read')
  @ApiOperation({ summary: "A schedule's firings, newest first: the scan each started, or why it was skipped" })
  runs(@Param('id', scheduleId) id: string) {
    return this.schedules.runs(id);
  }

  @Patch(':id')
  @RequireScope('scans:write')
  @UseGuards(QueueAvailableGuard)
  @ApiOperation({ summary: 'Change a schedule (cron, timezone, scope, regions, githubUpload)' })
  @ApiBody({ schema: z.toJSONSchema(updateScheduleSchema, { io: 'input' }) as object })
  update(@Param('id', scheduleId) id: string, @Body(new ZodValidationPipe(updateScheduleSchema, 'body')) body: UpdateScheduleRequest) {
    return this.schedules.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScope('scans:write')
  @UseGuards(QueueAvailableGuard)
  @ApiOperation({ summary: 'Delete a schedule and stop its firings' })
  async remove(@Param('id', scheduleId) id: string): Promise<void> {
    await this.schedules.remove(id);
  }
}
