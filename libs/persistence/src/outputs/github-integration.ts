import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { GithubIntegrationsTable, GithubUploadTrigger, GithubUploadsTable } from './outputs-schema';

/** A registered upload target; the token stays sealed in storage and is never part of this object. */
export interface GithubIntegration {
  id: string;
  owner: string;
  repo: string;
  ref: string;
  apiBaseUrl: string;
  createdBy: string;
  createdAt: Date;
}

export const newGithubIntegrationSchema = z.object({
  owner: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub user or organization name'),
  repo: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be a GitHub repository name'),
  ref: z.string().regex(/^refs\/(heads|tags|pull)\/\S+$/, 'must be a full ref such as refs/heads/main'),
  apiBaseUrl: z.string().url(),
  token: z.string().min(1).max(1000),
  createdBy: z.string().min(1).max(200),
});
export type NewGithubIntegration = z.input<typeof newGithubIntegrationSchema>;

export type GithubUploadStatus = GithubUploadsTable['status'];

export interface GithubUpload {
  id: string;
  scanId: string;
  integrationId: string;
  status: GithubUploadStatus;
  sarifIds: string[];
  errors: string[];
  commitSha: string | null;
  trigger: GithubUploadTrigger;
  createdAt: Date;
  finishedAt: Date | null;
}

export function toGithubIntegration(row: Selectable<GithubIntegrationsTable>): GithubIntegration {
  return { id: row.id, owner: row.owner, repo: row.repo, ref: row.ref, apiBaseUrl: row.api_base_url, createdBy: row.created_by, createdAt: row.created_at };
}

export function toGithubUpload(row: Selectable<GithubUploadsTable>): GithubUpload {
  return {
    id: row.id,
    scanId: row.scan_id,
    integrationId: row.integration_id,
    status: row.status,
    sarifIds: row.sarif_ids,
    errors: row.errors,
    commitSha: row.commit_sha,
    trigger: row.trigger,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}
