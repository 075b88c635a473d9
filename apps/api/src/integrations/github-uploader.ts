import type { Logger } from 'pino';
import type { GithubIntegrationsRepository, GithubUpload, Scan } from '@rolecall/persistence';
import { GithubUploadClient, GithubUploadError, checkGithubApiBaseUrl, type GithubTarget } from '@rolecall/reporting';

/** How many times an upload is tried when GitHub answers 5xx or 429 (4xx is final). */
const ATTEMPTS = 3;

export interface UploaderOptions {
  key: Buffer;
  allowInsecure: boolean;
  client: GithubUploadClient;
  backoffMs: number;
}

/**
 * Uploads a scan's SARIF to a registered GitHub repository, polls the processing status and
 * records the outcome on the upload. Logs ids and outcomes, never the token.
 */
export class GithubUploader {
  constructor(
    private readonly integrations: GithubIntegrationsRepository,
    private readonly sarifFor: (scan: Scan) => Promise<string>,
    private readonly logger: Logger,
    private readonly options: UploaderOptions,
  ) {}

  async run(upload: GithubUpload, scan: Scan, commitSha: string | undefined): Promise<GithubUpload | undefined> {
    const log = { uploadId: upload.id, scanId: scan.id, integrationId: upload.integrationId };
    try {
      const integration = await this.integrations.get(upload.integrationId);
      const token = await this.integrations.token(this.options.key, upload.integrationId);
      if (!integration || token === undefined) throw new Error('the integration was deleted');
      const base = checkGithubApiBaseUrl(integration.apiBaseUrl, this.options.allowInsecure);
      if ('error' in base) throw new Error(`apiBaseUrl ${base.error}`);
      const target: GithubTarget = { apiBaseUrl: base.url, owner: integration.owner, repo: integration.repo, token };
      const sha = commitSha ?? (await this.retrying(() => this.options.client.resolveCommit(target, integration.ref)));
      const sarif = await this.sarifFor(scan);
      const outcome = await this.retrying(() => this.options.client.uploadAndWait(target, { commitSha: sha, ref: integration.ref, sarif }));
      this.logger.info({ ...log, sarifId: outcome.sarifId, status: outcome.processingStatus }, 'github upload finished');
      return await this.integrations.recordUpload(upload.id, { status: outcome.processingStatus, sarifIds: [outcome.sarifId], errors: outcome.errors, commitSha: sha });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ ...log, err: message }, 'github upload failed');
      return this.integrations.recordUpload(upload.id, { status: 'error', errors: [message] });
    }
  }

  private async retrying<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof GithubUploadError && error.retryable) || attempt >= ATTEMPTS) throw error;
        this.logger.warn({ status: error.status, attempt }, 'github answered with a retryable error');
        await new Promise((resolve) => setTimeout(resolve, this.options.backoffMs * attempt));
      }
    }
  }
}
