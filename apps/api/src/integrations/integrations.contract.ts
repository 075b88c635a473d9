import { json } from '../contract/content';
import { route } from '../contract/route-contract';
import { scanIdSchema } from '../scans/scan-request.schema';
import { createGithubIntegrationSchema, createGithubUploadSchema, integrationIdSchema } from './integration-request.schema';
import { integrationListSchema, integrationSchema, uploadSchema } from './integration.response';

const tag = 'integrations';

export const integrationRoutes = {
  create: route({
    operationId: 'createGithubIntegration',
    tag,
    summary: 'Register a GitHub repository for SARIF uploads; the token is stored encrypted and never returned',
    scope: 'admin',
    body: createGithubIntegrationSchema,
    bodyExample: { owner: 'acme', repo: 'platform', ref: 'refs/heads/main', token: 'ghp_...' },
    success: { description: 'The integration (without its token)', content: [json(integrationSchema, 'GithubIntegration')] },
    errors: [409],
  }),
  list: route({
    operationId: 'listGithubIntegrations',
    tag,
    summary: 'Registered GitHub repositories',
    scope: 'admin',
    success: { description: 'Every integration', content: [json(integrationListSchema, 'GithubIntegrationList')] },
  }),
  remove: route({
    operationId: 'deleteGithubIntegration',
    tag,
    summary: 'Remove a GitHub integration (refused while a schedule uploads to it)',
    scope: 'admin',
    params: { id: integrationIdSchema },
    errors: [404, 409],
  }),
  upload: route({
    operationId: 'createGithubUpload',
    tag,
    summary: "Upload the scan's SARIF to a registered GitHub repository; GET /v1/scans/{id} shows the outcome",
    scope: 'scans:write',
    params: { id: scanIdSchema },
    body: createGithubUploadSchema,
    bodyExample: { integrationId: '0b6f3c1e-5a7d-4e2b-9c1a-2f3d4e5f6a7b' },
    success: { description: 'The upload, queued', content: [json(uploadSchema, 'GithubUpload')] },
    errors: [404, 409, 503],
  }),
};
