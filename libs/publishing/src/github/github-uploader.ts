import { gzipSync } from 'node:zlib';
import type { Logger } from 'pino';
import { redactRemoteText, type EgressPolicy } from '@rolecall/egress';
import type { GithubIntegrationsRepository, GithubUpload, Scan } from '@rolecall/persistence';
import {
  GithubUploadClient,
  GithubUploadError,
  checkGithubApiBaseUrl,
  sarifRunDocuments,
  sarifText,
  type GithubTarget,
  type SarifInput,
  type UploadOutcome,
} from '@rolecall/reporting';

/** How many times an upload is tried when GitHub answers 5xx or 429 (4xx is final). */
const ATTEMPTS = 3;

export interface UploaderOptions {
  key: Buffer;
  /** Where uploads may go; an integration stored before a host left the allow-list is refused here. */
  policy: EgressPolicy;
  client: GithubUploadClient;
  backoffMs: number;
  /** Above this gzipped size the SARIF goes as one file per run (GitHub accepts 10 MB per upload). */
  maxGzippedBytes: number;
}

/** The least good outcome decides the upload's status. */
const RANK: Record<UploadOutcome['processingStatus'], number> = { complete: 0, pending: 1, timeout: 2, failed: 3 };

/**
 * Uploads a scan's SARIF to a registered GitHub repository, polls the processing status and
 * records the outcome on the upload. Logs ids and outcomes, never the token.
 */
export class GithubUploader {
  constructor(
    private readonly integrations: GithubIntegrationsRepository,
    private readonly sarifFor: (scan: Scan) => Promise<SarifInput>,
    private readonly logger: Logger,
    private readonly options: UploaderOptions,
  ) {}

  async run(upload: GithubUpload, scan: Scan, commitSha: string | undefined): Promise<GithubUpload | undefined> {
    const log = { uploadId: upload.id, scanId: scan.id, integrationId: upload.integrationId };
    let token: string | undefined;
    try {
      const integration = await this.integrations.get(upload.integrationId);
      token = await this.integrations.token(this.options.key, upload.integrationId);
      if (!integration || token === undefined) throw new Error('the integration was deleted');
      const base = checkGithubApiBaseUrl(integration.apiBaseUrl, this.options.policy);
      if ('error' in base) throw new Error(`apiBaseUrl ${base.error}`);
      const target: GithubTarget = { apiBaseUrl: base.url, owner: integration.owner, repo: integration.repo, token };
      const sha = commitSha ?? (await this.retrying(() => this.options.client.resolveCommit(target, integration.ref)));
      const outcomes: UploadOutcome[] = [];
      for (const sarif of this.documents(await this.sarifFor(scan))) {
        outcomes.push(await this.retrying(() => this.options.client.uploadAndWait(target, { commitSha: sha, ref: integration.ref, sarif })));
      }
      const status = outcomes.reduce((worst, outcome) => (RANK[outcome.processingStatus] > RANK[worst] ? outcome.processingStatus : worst), 'complete' as UploadOutcome['processingStatus']);
      const sarifIds = outcomes.map((outcome) => outcome.sarifId);
      this.logger.info({ ...log, sarifIds, status }, 'github upload finished');
      return await this.integrations.recordUpload(upload.id, { status, sarifIds, errors: outcomes.flatMap((outcome) => outcome.errors), commitSha: sha });
    } catch (error) {
      // GithubUploadError messages are redacted already; anything else (a database error) is redacted here.
      const message = error instanceof GithubUploadError ? error.message : redactRemoteText(error instanceof Error ? error.message : String(error), token === undefined ? [] : [token]);
      this.logger.warn({ ...log, err: message }, 'github upload failed');
      return this.integrations.recordUpload(upload.id, { status: 'error', errors: [message] });
    }
  }

  /** One file when it fits GitHub's limit, else one per run (each run has its own category). */
  private documents(input: SarifInput): string[] {
    const whole = sarifText(input);
    return gzipSync(whole).length <= this.options.maxGzippedBytes ? [whole] : sarifRunDocuments(input);
  }

  private async retrying<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof GithubUploadError && error.retryable) || attempt >= ATTEMPTS) throw error;
        this.logger.warn({ status: error.status, attempt }, 'github answered with a retryable error');
        await this.options.client.pause(this.options.backoffMs * attempt);
      }
    }
  }
}
