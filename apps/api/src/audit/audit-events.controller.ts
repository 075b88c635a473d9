import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AuditEventsRepository, auditPositionSchema, type AuditEvent } from '@rolecall/persistence';
import { RequireScope } from '../auth/auth.decorators';
import { PageCursors } from '../common/page-cursors';
import { ZodValidationPipe } from '../common/zod-validation';

const auditQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(2048).optional(),
    tokenId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a token id (a UUID, or bootstrap-admin)').optional(),
  })
  .strict();
type AuditQuery = z.infer<typeof auditQuerySchema>;

function presentAuditEvent(event: AuditEvent) {
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

@ApiTags('audit')
@ApiBearerAuth()
@RequireScope('admin')
@Controller('v1/audit-events')
export class AuditEventsController {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly cursors: PageCursors,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Changes made through the api, newest first: token (id and name), action, path, target, status, source address; cursor pagination' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } })
  @ApiQuery({ name: 'cursor', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'tokenId', required: false, schema: { type: 'string' }, description: 'only the changes made with this token (bootstrap-admin: ROLECALL_ADMIN_TOKEN)' })
  async list(@Query(new ZodValidationPipe(auditQuerySchema, 'query')) query: AuditQuery) {
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
