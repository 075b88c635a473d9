import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { GithubTarget } from './github-target';

const gzipAsync = promisify(gzip);
/** GitHub rejects uploads above this size, gzipped. */
export const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;

export type ProcessingStatus = 'pending' | 'complete' | 'failed';

export interface UploadOutcome {
  sarifId: string;
  processingStatus: ProcessingStatus | 'timeout';
  errors: string[];
}

/** A refused or failed call; `retryable` for 5xx and 429. The message never holds the token. */
export class GithubUploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface UploadRequest {
  commitSha: string;
  ref: string;
  sarif: string;
}

/** Uploads SARIF to GitHub code scanning (POST .../code-scanning/sarifs, gzip + base64) and polls its processing status. */
export class GithubUploadClient {
  constructor(
    private readonly options: { pollIntervalMs: number; maxPolls: number; fetch?: typeof fetch } = { pollIntervalMs: 2000, maxPolls: 60 },
  ) {}

  /** The commit a ref points at (GET /repos/{owner}/{repo}/commits/{ref}). */
  async resolveCommit(target: GithubTarget, ref: string): Promise<string> {
    const answer = await this.call(target, 'GET', `/commits/${encodeURIComponent(ref.replace(/^refs\/heads\//, ''))}`);
    if (typeof answer.sha !== 'string' || !/^[0-9a-f]{40}$/.test(answer.sha)) throw new GithubUploadError(`GitHub returned no commit for ${ref}`, 502, true);
    return answer.sha;
  }

  async upload(target: GithubTarget, request: UploadRequest): Promise<string> {
    const zipped = await gzipAsync(Buffer.from(request.sarif, 'utf8'));
    if (zipped.length > MAX_GZIPPED_BYTES) throw new GithubUploadError(`SARIF is ${zipped.length} bytes gzipped (GitHub accepts 10 MB)`, 413, false);
    const body = { commit_sha: request.commitSha, ref: request.ref, sarif: zipped.toString('base64'), tool_name: 'Rolecall' };
    const answer = await this.call(target, 'POST', '/code-scanning/sarifs', body);
    if (typeof answer.id !== 'string') throw new GithubUploadError('GitHub answered without a SARIF id', 502, true);
    return answer.id;
  }

  async status(target: GithubTarget, sarifId: string): Promise<{ processingStatus: ProcessingStatus; errors: string[] }> {
    const answer = await this.call(target, 'GET', `/code-scanning/sarifs/${encodeURIComponent(sarifId)}`);
    const status = answer.processing_status;
    const processingStatus: ProcessingStatus = status === 'complete' || status === 'failed' ? status : 'pending';
    const errors = Array.isArray(answer.errors) ? answer.errors.map(String) : [];
    return { processingStatus, errors };
  }

  /** Uploads, then polls until GitHub reports complete or failed (or the poll budget runs out). */
  async uploadAndWait(target: GithubTarget, request: UploadRequest): Promise<UploadOutcome> {
    const sarifId = await this.upload(target, request);
    for (let poll = 0; poll < this.options.maxPolls; poll += 1) {
      const status = await this.status(target, sarifId);
      if (status.processingStatus !== 'pending') return { sarifId, ...status };
      await new Promise((resolve) => setTimeout(resolve, this.options.pollIntervalMs));
    }
    return { sarifId, processingStatus: 'timeout', errors: [] };
  }

  private async call(target: GithubTarget, method: string, suffix: string, body?: unknown): Promise<Record<string, unknown>> {
    const base = `${target.apiBaseUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
    const url = `${base}${suffix}`;
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        redirect: 'error',
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${target.token}`,
          'x-github-api-version': '2022-11-28',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new GithubUploadError(`GitHub unreachable: ${(error as Error).message}`, 0, true);
    }
    const text = await response.text();
    const parsed = parseObject(text);
    if (!response.ok) {
      const detail = (typeof parsed.message === 'string' ? parsed.message : response.statusText).replaceAll(target.token, '[redacted]');
      throw new GithubUploadError(`GitHub answered ${response.status}: ${detail}`, response.status, response.status >= 500 || response.status === 429);
    }
    return parsed;
  }
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
