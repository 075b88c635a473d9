import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { RolecallConfig } from '@rolecall/config';
import { ScheduleQueue } from '@rolecall/jobs';
import { CONFIG, RedisStatus } from '@rolecall/runtime';
import { IntegrationsModule } from '../integrations/integrations.module';
import { SchedulesController } from './schedules.controller';
import { SCHEDULE_QUEUE_TOKEN, SchedulesService } from './schedules.service';

/** Closes the schedule queue's Redis connection. */
class ScheduleQueueShutdown implements OnApplicationShutdown {
  constructor(@Inject(SCHEDULE_QUEUE_TOKEN) private readonly queue: ScheduleQueue) {}

  onApplicationShutdown(): Promise<void> {
    return this.queue.close();
  }
}

@Module({
  imports: [IntegrationsModule],
  controllers: [SchedulesController],
  providers: [
    SchedulesService,
    ScheduleQueueShutdown,
    {
      provide: SCHEDULE_QUEUE_TOKEN,
      inject: [CONFIG, RedisStatus],
      useFactory: (config: RolecallConfig, status: RedisStatus) => {
        const queue = new ScheduleQueue({ connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.ROLECALL_QUEUE_PREFIX });
        status.watch(queue.queue);
        return queue;
      },
    },
  ],
})
export class SchedulesModule {}
