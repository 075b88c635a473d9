import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { EgressError, hasControlCharacter, redactRemoteText, type EgressClient, type EgressResponse } from '@rolecall/egress';
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

export interface GithubClientOptions {
  pollIntervalMs: number;
  maxPolls: number;
  /** Aborts calls and waits in flight (the worker stopping). */
  signal?: AbortSignal;
}

/** At most this many processing errors are kept from GitHub's answer. */
const MAX_ERRORS = 20;

/**
 * Uploads SARIF to GitHub code scanning (POST .../code-scanning/sarifs, gzip + base64) and polls its
 * processing status, every call through the egress client (policy, timeouts, size cap). Remote text
 * is redacted (the token and anything token-like) and cut short before it reaches an error.
 */
export class GithubUploadClient {
  constructor(
    private readonly http: EgressClient,
    private readonly options: GithubClientOptions = { pollIntervalMs: 2000, maxPolls: 60 },
  ) {}

  /** The commit a ref points at (GET /repos/{owner}/{repo}/commits/{ref} as the bare sha). */
  async resolveCommit(target: GithubTarget, ref: string): Promise<string> {
    const text = await this.call(target, 'GET', `/commits/${encodeURIComponent(ref.replace(/^refs\/heads\//, ''))}`, undefined, 'application/vnd.github.sha');
    const trimmed = text.trim();
    const sha = /^[0-9a-f]{40}$/.test(trimmed) ? trimmed : parseObject(text).sha;
    if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) throw new GithubUploadError(`GitHub returned no commit for ${ref}`, 502, true);
    return sha;
  }

  async upload(target: GithubTarget, request: UploadRequest): Promise<string> {
    const zipped = await gzipAsync(Buffer.from(request.sarif, 'utf8'));
    if (zipped.length > MAX_GZIPPED_BYTES) throw new GithubUploadError(`SARIF is ${zipped.length} bytes gzipped (GitHub accepts 10 MB)`, 413, false);
    const body = { commit_sha: request.commitSha, ref: request.ref, sarif: zipped.toString('base64'), tool_name: 'Rolecall' };
    const answer = parseObject(await this.call(target, 'POST', '/code-scanning/sarifs', body));
    if (typeof answer.id !== 'string') throw new GithubUploadError('GitHub answered without a SARIF id', 502, true);
    return answer.id;
  }

  async status(target: GithubTarget, sarifId: string): Promise<{ processingStatus: ProcessingStatus; errors: string[] }> {
    const answer = parseObject(await this.call(target, 'GET', `/code-scanning/sarifs/${encodeURIComponent(sarifId)}`));
    const status = answer.processing_status;
    const processingStatus: ProcessingStatus = status === 'complete' || status === 'failed' ? status : 'pending';
    const errors = Array.isArray(answer.errors) ? answer.errors.slice(0, MAX_ERRORS).map((error) => redactRemoteText(String(error), [target.token])) : [];
    return { processingStatus, errors };
  }

  /** Uploads, then polls until GitHub reports complete or failed (or the poll budget runs out). */
  async uploadAndWait(target: GithubTarget, request: UploadRequest): Promise<UploadOutcome> {
    const sarifId = await this.upload(target, request);
    for (let poll = 0; poll < this.options.maxPolls; poll += 1) {
      const status = await this.status(target, sarifId);
      if (status.processingStatus !== 'pending') return { sarifId, ...status };
      await this.pause(this.options.pollIntervalMs);
    }
    return { sarifId, processingStatus: 'timeout', errors: [] };
  }

  /** Waits, unless the worker is stopping. */
  async pause(ms: number): Promise<void> {
    try {
      await delay(ms, undefined, { signal: this.options.signal });
    } catch {
      throw new GithubUploadError('aborted: the worker is stopping', 0, false);
    }
  }

  private async call(target: GithubTarget, method: 'GET' | 'POST', suffix: string, body?: unknown, accept = 'application/vnd.github+json'): Promise<string> {
    if (hasControlCharacter(target.token)) throw new GithubUploadError('the integration token holds a control character; register the integration again', 0, false);
    const base = `${target.apiBaseUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
    let response: EgressResponse;
    try {
      response = await this.http.request({
        url: `${base}${suffix}`,
        method,
        headers: {
          accept,
          authorization: `Bearer ${target.token}`,
          'user-agent': 'Rolecall',
          'x-github-api-version': '2022-11-28',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: this.options.signal,
      });
    } catch (error) {
      const message = redactRemoteText(error instanceof Error ? error.message : String(error), [target.token]);
      const retryable = error instanceof EgressError && (error.failure === 'timeout' || error.failure === 'network');
      throw new GithubUploadError(`GitHub unreachable: ${message}`, 0, retryable);
    }
    if (response.status >= 300 && response.status < 400) {
      throw new GithubUploadError(`GitHub answered ${response.status}: redirects are not followed (is apiBaseUrl the API address?)`, response.status, false);
    }
    if (response.status < 200 || response.status >= 300) {
      const message = parseObject(response.body).message;
      const detail = redactRemoteText(typeof message === 'string' ? message : response.statusText, [target.token]);
      throw new GithubUploadError(`GitHub answered ${response.status}: ${detail}`, response.status, response.status >= 500 || response.status === 429);
    }
    return response.body;
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
