import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RolecallConfig } from '@rolecall/config';
import { CONFIG, LOGGER, REDIS, RedisStatus } from '@rolecall/runtime';
import { AuthGuard } from './auth/auth.guard';
import { AuditModule } from './audit/audit.module';
import { LastUsedRecorder } from './auth/last-used';
import { RateLimiter, UNAUTHENTICATED_LIMITER } from './auth/rate-limiter';
import { HealthController } from './health/health.controller';
import { IdentitiesModule } from './identities/identities.module';
import { MetricsController } from './metrics/metrics.controller';
import { RulesController } from './rules/rules.controller';
import { ScansModule } from './scans/scans.module';
import { SchedulesModule } from './schedules/schedules.module';
import { FindingsModule } from './findings/findings.module';
import { ReportsModule } from './reports/reports.module';
import { TokensController } from './tokens/tokens.controller';

/** The HTTP api; RuntimeModule (global) supplies config, storage and queues. */
@Module({
  imports: [AuditModule, ScansModule, FindingsModule, ReportsModule, SchedulesModule, IdentitiesModule],
  controllers: [HealthController, RulesController, TokensController, MetricsController],
  providers: [
    {
      provide: RateLimiter,
      useFactory: (redis: Redis, config: RolecallConfig, status: RedisStatus, logger: Logger) =>
        new RateLimiter(redis, config.ROLECALL_RATE_LIMIT_PER_MINUTE, config.ROLECALL_QUEUE_PREFIX, status, logger),
      inject: [REDIS, CONFIG, RedisStatus, LOGGER],
    },
    {
      provide: UNAUTHENTICATED_LIMITER,
      useFactory: (redis: Redis, config: RolecallConfig, status: RedisStatus, logger: Logger) =>
        new RateLimiter(redis, config.ROLECALL_RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE, `${config.ROLECALL_QUEUE_PREFIX}:anonymous`, status, logger),
      inject: [REDIS, CONFIG, RedisStatus, LOGGER],
    },
    LastUsedRecorder,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class ApiModule {}
