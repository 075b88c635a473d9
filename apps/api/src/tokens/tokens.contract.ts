import { z } from 'zod';
import { SCOPES } from '../auth/principal';
import { text } from '../common/text.schema';
import { json } from '../contract/content';
import { route } from '../contract/route-contract';
import { createdTokenSchema, tokenListSchema } from './token.response';

export const createTokenSchema = z
  .object({
    name: text({ max: 200 }),
    scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
  })
  .strict();

const tag = 'tokens';

export const tokenRoutes = {
  create: route({
    operationId: 'createToken',
    tag,
    summary: 'Create a token; its secret is in this response only',
    scope: 'admin',
    body: createTokenSchema,
    bodyExample: { name: 'ci pipeline', scopes: ['scans:write', 'findings:read'] },
    success: { description: 'The token with its secret', content: [json(createdTokenSchema, 'CreatedToken')] },
  }),
  list: route({
    operationId: 'listTokens',
    tag,
    summary: 'List tokens (never their secrets)',
    scope: 'admin',
    success: { description: 'Every token', content: [json(tokenListSchema, 'TokenList')] },
  }),
  revoke: route({
    operationId: 'revokeToken',
    tag,
    summary: 'Revoke a token',
    scope: 'admin',
    params: { id: z.string().uuid({ message: 'token id must be a UUID' }) },
    errors: [404],
  }),
};
