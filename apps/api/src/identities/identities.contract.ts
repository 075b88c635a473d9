import { identitySchema } from '@rolecall/persistence';
import { json } from '../contract/content';
import { pageOf } from '../contract/page.schema';
import { route } from '../contract/route-contract';
import { scanIdSchema } from '../scans/scan-request.schema';
import { identitiesQuerySchema } from './identities-query.schema';

export const identityRoutes = {
  list: route({
    operationId: 'listIdentities',
    tag: 'identities',
    summary: "The identity map: every workload -> role binding of the scan, with the role's risk summary",
    scope: 'findings:read',
    params: { id: scanIdSchema },
    query: identitiesQuerySchema,
    success: { description: 'A page of identities', content: [json(pageOf(identitySchema), 'IdentityPage')] },
    errors: [404],
  }),
};
