import { z } from 'zod';
import { json } from '../contract/content';
import { route } from '../contract/route-contract';

const probe = z.enum(['up', 'down']);
export const healthSchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  live: z.literal(true),
  checks: z.object({ database: probe, redis: probe }),
});
export type HealthResponse = z.infer<typeof healthSchema>;

export const healthRoutes = {
  check: route({
    operationId: 'getHealth',
    tag: 'health',
    summary: 'Liveness and readiness of Redis and the database',
    scope: 'public',
    success: { description: 'Ready', content: [json(healthSchema, 'Health')] },
    otherResponses: { 503: { description: 'Live but not ready: Redis or the database does not answer', content: [json(healthSchema, 'Health')] } },
  }),
};
