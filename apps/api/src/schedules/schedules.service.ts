import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { RolecallConfig } from '@rolecall/config';
import type { ScheduleQueue } from '@rolecall/jobs';
import { SchedulesRepository, type Schedule } from '@rolecall/persistence';
import { CONFIG } from '@rolecall/runtime';
import type { Principal } from '../auth/principal';
import { UploadTargetValidator } from '../integrations/upload-target.validator';
import { shortestCronGapSeconds } from './cron-interval';
import { presentSchedule, presentScheduleRun } from './schedule.presenter';
import type { CreateScheduleRequest, UpdateScheduleRequest } from './schedule-request.schema';

export const SCHEDULE_QUEUE_TOKEN = Symbol('rolecall.scheduleQueue');

/** Schedules live in the database; their BullMQ job schedulers (in Redis) fire them. */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly schedules: SchedulesRepository,
    @Inject(SCHEDULE_QUEUE_TOKEN) private readonly queue: ScheduleQueue,
    private readonly uploadTargets: UploadTargetValidator,
    @Inject(CONFIG) private readonly config: RolecallConfig,
  ) {}

  async create(request: CreateScheduleRequest, principal: Principal) {
    this.checkInterval(request.cron);
    await this.uploadTargets.check(request.githubUpload);
    const schedule = await this.schedules.create({ ...request, createdBy: principal.label });
    try {
      await this.queue.upsert(schedule);
    } catch (error) {
      await this.schedules.delete(schedule.id);
      throw new BadRequestException(`the schedule was not created: ${(error as Error).message}`);
    }
    return presentSchedule(schedule);
  }

  async list() {
    return { items: (await this.schedules.list()).map(presentSchedule) };
  }

  async get(id: string) {
    return presentSchedule(await this.require(id));
  }

  async update(id: string, request: UpdateScheduleRequest) {
    if (request.cron !== undefined) this.checkInterval(request.cron);
    const before = await this.require(id);
    await this.uploadTargets.check(request.githubUpload);
    const updated = await this.schedules.update(id, request);
    if (!updated) throw new NotFoundException(`schedule ${id} not found`);
    try {
      await this.queue.upsert(updated);
    } catch (error) {
      await this.schedules.update(id, { cron: before.cron, timezone: before.timezone, scope: before.scope, regions: before.regions, githubUpload: before.githubUpload });
      throw new BadRequestException(`the schedule was not changed: ${(error as Error).message}`);
    }
    return presentSchedule(updated);
  }

  async remove(id: string): Promise<void> {
    await this.require(id);
    await this.queue.remove(id);
    await this.schedules.delete(id);
  }

  async runs(id: string) {
    await this.require(id);
    return { items: (await this.schedules.runs(id)).map(presentScheduleRun) };
  }

  /** Refuses a cron that would fire more often than ROLECALL_SCHEDULE_MIN_INTERVAL_MINUTES allows. */
  private checkInterval(cron: string): void {
    const minutes = this.config.ROLECALL_SCHEDULE_MIN_INTERVAL_MINUTES;
    const gap = shortestCronGapSeconds(cron);
    if (gap !== undefined && gap < minutes * 60) {
      throw new BadRequestException(`body.cron: must not fire more often than every ${minutes} minute${minutes === 1 ? '' : 's'} (this one fires ${gap} s apart)`);
    }
  }

  private async require(id: string): Promise<Schedule> {
    const schedule = await this.schedules.get(id);
    if (!schedule) throw new NotFoundException(`schedule ${id} not found`);
    return schedule;
  }
}
