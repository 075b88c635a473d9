import { Controller, Get, Query } from '@nestjs/common';
import { AuditEventsRepository, auditPositionSchema, type AuditEvent } from '@rolecall/persistence';
import { PageCursors } from '../common/page-cursors';
import { Contract } from '../contract/route-contract';
import { auditRoutes as routes, type AuditEventResponse, type AuditQuery } from './audit.contract';

function presentAuditEvent(event: AuditEvent): AuditEventResponse {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    token: { id: event.tokenId, name: event.tokenName },
    action: event.action,
    method: event.method,
    path: event.path,
    targetId: event.targetId,
    status: event.status,
    sourceAddress: event.sourceAddress,
    userAgent: event.userAgent,
  };
}

@Controller('v1/audit-events')
export class AuditEventsController {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly cursors: PageCursors,
  ) {}

  @Get()
  @Contract(routes.list)
  async list(@Query(routes.list.validate.query) query: AuditQuery) {
    const { limit, cursor, ...filters } = query;
    const scope = { list: 'audit-events', ...filters };
    const after = cursor === undefined ? undefined : await this.cursors.decode(cursor, scope, auditPositionSchema);
    const page = await this.events.list({ limit, after, tokenId: filters.tokenId });
    return {
      items: page.items.map(presentAuditEvent),
      nextCursor: page.last === undefined ? null : await this.cursors.encode(page.last, scope),
    };
  }
}
