import { json } from '../contract/content';
import { route } from '../contract/route-contract';
import { createSuppressionSchema, listSuppressionsQuerySchema, suppressionIdSchema } from './suppression-request.schema';
import { suppressionListSchema, suppressionSchema } from './suppression.response';

const params = { id: suppressionIdSchema };
const tag = 'suppressions';

export const suppressionRoutes = {
  create: route({
    operationId: 'createSuppression',
    tag,
    summary: 'Suppress findings by rule id and/or resource ARN glob, optionally in one account, until an expiry',
    scope: 'scans:write',
    body: createSuppressionSchema,
    bodyExample: { ruleId: 'iam.role.trust-public', resourcePattern: 'arn:aws:iam::111111111111:role/legacy-*', reason: 'accepted until the migration ends', expiresAt: '2027-01-31T00:00:00Z' },
    success: { description: 'The suppression', content: [json(suppressionSchema, 'Suppression')] },
  }),
  list: route({
    operationId: 'listSuppressions',
    tag,
    summary: 'Active suppressions (includeExpired=true adds expired ones)',
    scope: 'findings:read',
    query: listSuppressionsQuerySchema,
    success: { description: 'Every matching suppression', content: [json(suppressionListSchema, 'SuppressionList')] },
  }),
  get: route({
    operationId: 'getSuppression',
    tag,
    summary: 'A suppression',
    scope: 'findings:read',
    params,
    success: { description: 'The suppression', content: [json(suppressionSchema, 'Suppression')] },
    errors: [404],
  }),
  remove: route({
    operationId: 'deleteSuppression',
    tag,
    summary: 'Delete a suppression; its findings count again',
    scope: 'scans:write',
    params,
    errors: [404],
  }),
};
