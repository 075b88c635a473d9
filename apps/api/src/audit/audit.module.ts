import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditEventsRepository, type Database } from '@rolecall/persistence';
import { DATABASE } from '@rolecall/runtime';
import { PageCursors } from '../common/page-cursors';
import { AuditEventsController } from './audit-events.controller';
import { AuditInterceptor } from './audit.interceptor';

/** The audit log: an interceptor records every change; admins read it at GET /v1/audit-events. */
@Module({
  controllers: [AuditEventsController],
  providers: [
    { provide: AuditEventsRepository, useFactory: (database: Database) => new AuditEventsRepository(database.db), inject: [DATABASE] },
    PageCursors,
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
})
export class AuditModule {}
