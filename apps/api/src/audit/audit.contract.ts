import { z } from 'zod';
import { json } from '../contract/content';
import { cursorParam, limitParam, pageOf } from '../contract/page.schema';
import { route } from '../contract/route-contract';

export const auditQuerySchema = z
  .object({
    limit: limitParam,
    cursor: cursorParam,
    tokenId: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a token id (a UUID, or bootstrap-admin)')
      .optional()
      .meta({ description: 'only the changes made with this token (bootstrap-admin: ROLECALL_ADMIN_TOKEN)' }),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  token: z.object({ id: z.string(), name: z.string() }),
  action: z.string(),
  method: z.string(),
  path: z.string(),
  targetId: z.string().nullable(),
  status: z.number().int(),
  sourceAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEventResponse = z.infer<typeof auditEventSchema>;

export const auditRoutes = {
  list: route({
    operationId: 'listAuditEvents',
    tag: 'audit',
    summary: 'Changes made through the api, newest first: token (id and name), action, path, target, status, source address; cursor pagination',
    scope: 'admin',
    query: auditQuerySchema,
    success: { description: 'A page of audit events', content: [json(pageOf(auditEventSchema), 'AuditEventPage')] },
  }),
};
