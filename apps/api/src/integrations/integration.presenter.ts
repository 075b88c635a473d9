import type { GithubIntegration, GithubUpload } from '@rolecall/persistence';
import type { IntegrationResponse, UploadResponse } from './integration.response';

/** Never includes the token. */
export function presentIntegration(integration: GithubIntegration): IntegrationResponse {
  return {
    id: integration.id,
    owner: integration.owner,
    repo: integration.repo,
    ref: integration.ref,
    apiBaseUrl: integration.apiBaseUrl,
    createdBy: integration.createdBy,
    createdAt: integration.createdAt.toISOString(),
  };
}

export function presentUpload(upload: GithubUpload): UploadResponse {
  return {
    id: upload.id,
    integrationId: upload.integrationId,
    status: upload.status,
    trigger: upload.trigger,
    sarifIds: upload.sarifIds,
    errors: upload.errors,
    commitSha: upload.commitSha,
    createdAt: upload.createdAt.toISOString(),
    finishedAt: upload.finishedAt?.toISOString() ?? null,
  };
}
