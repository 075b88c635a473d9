import { setTimeout as sleep } from 'node:timers/promises';
import { EgressClient, EgressError, EgressPolicy, type EgressFailure, type EgressResponse } from '@rolecall/egress';
import { AwsCallError } from '../errors';
import { KUBERNETES_READS, type KubernetesReadName } from '../clients/kubernetes-reads';
import type { AwsAttemptOutcome as AttemptOutcome } from '../clients/attempt-outcome';
import type { KubernetesLimits } from './kubernetes-limits';

/** What DescribeCluster tells about reaching a cluster's API. */
export interface ClusterAccess {
  name: string;
  region: string;
  /** https://<id>.<zone>.<region>.eks.amazonaws.com */
  endpoint: string;
  /** certificateAuthority.data: base64 PEM of the cluster's own CA, the only root its TLS may lead to. */
  caData?: string;
}

/** Cluster endpoints are EKS hosts; nothing else gets the cluster's token. */
const EKS_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.eks\.amazonaws\.com(\.cn)?$/;

const EGRESS_CODES: Record<EgressFailure, string> = {
  refused: 'EgressRefused',
  timeout: 'Timeout',
  'too-large': 'ResponseTooLarge',
  network: 'Unreachable',
  aborted: 'Aborted',
};

/**
 * A read-only client for one cluster's Kubernetes API, on the project's egress client (policy, timeouts,
 * size cap) with the cluster's CA for TLS. Only the reads of KUBERNETES_READS; every failure is an
 * AwsCallError of service `k8s` (401/403 keep Kubernetes' reason as the code), so the collection records
 * it as a gap of the cluster.
 */
export class KubernetesClient {
  private readonly egress: EgressClient;
  private readonly origin: string;
  private items = 0;

  constructor(
    private readonly cluster: ClusterAccess,
    private readonly token: () => Promise<string>,
    private readonly limits: KubernetesLimits,
    /** Told of every HTTP attempt (the session's call counts): its operation and whether it succeeded. */
    private readonly onAttempt: (operation: KubernetesReadName, outcome: AttemptOutcome) => void = () => undefined,
  ) {
    const url = new URL(cluster.endpoint);
    this.origin = `${url.origin}${url.pathname.replace(/\/$/, '')}`;
    this.egress = new EgressClient(
      new EgressPolicy({ allowedHosts: EKS_HOST.test(url.hostname) ? [url.hostname] : [], allowListSource: 'the EKS endpoint pattern', allowInsecureLoopback: limits.allowInsecureLoopback }),
      limits,
    );
  }

  /** Every object of a LIST read, page by page; past the page or item budget the read fails whole. */
  async list(operation: KubernetesReadName): Promise<unknown[]> {
    const read = KUBERNETES_READS[operation];
    const all: unknown[] = [];
    let next: string | undefined;
    for (let page = 0; page < this.limits.maxPages; page++) {
      const query = new URLSearchParams({ limit: String(this.limits.pageSize), ...(next ? { continue: next } : {}) });
      const body = await this.get(operation, `${read.path}?${query.toString()}`);
      const items = Array.isArray(body.items) ? (body.items as unknown[]) : [];
      this.items += items.length;
      if (this.items > this.limits.maxItems) throw this.failure(operation, 'BudgetExceeded', `more than ${this.limits.maxItems} objects in the cluster`);
      all.push(...items);
      next = stringAt(body.metadata, 'continue');
      if (!next) return all;
    }
    throw this.failure(operation, 'BudgetExceeded', `more than ${this.limits.maxPages} pages`);
  }

  /** One object; undefined when the API says it does not exist (a Status NotFound naming it). */
  async getObject(operation: KubernetesReadName): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.get(operation, KUBERNETES_READS[operation].path);
    } catch (error) {
      if (error instanceof KubernetesNotFound) return undefined;
      throw error;
    }
  }

  /** One GET, again after a 429 or 5xx (backing off, as Retry-After asks up to a bound) until the attempts run out. */
  private async get(operation: KubernetesReadName, pathAndQuery: string): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.attempt(operation, pathAndQuery);
      const body = parseJson(response.body);
      if (response.status === 200 && body) return body;
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < this.limits.maxAttempts) {
        await sleep(backoffMs(attempt, response.headers['retry-after']));
        continue;
      }
      const reason = stringAt(body, 'reason');
      if (response.status === 404 && reason === 'NotFound' && body?.kind === 'Status') throw new KubernetesNotFound();
      const code = reason && body?.kind === 'Status' && /^[A-Za-z]{1,40}$/.test(reason) ? reason : `Http${response.status}`;
      throw this.failure(operation, code, `HTTP ${response.status} from the Kubernetes API of ${this.cluster.name}`);
    }
  }

  private async attempt(operation: KubernetesReadName, pathAndQuery: string): Promise<EgressResponse> {
    let response: EgressResponse;
    try {
      response = await this.egress.request({
        url: this.origin + pathAndQuery,
        method: 'GET',
        headers: { authorization: `Bearer ${await this.token()}`, accept: 'application/json' },
        ...(this.cluster.caData ? { ca: Buffer.from(this.cluster.caData, 'base64').toString('utf8') } : {}),
      });
    } catch (error) {
      this.onAttempt(operation, 'network_error');
      if (error instanceof EgressError) throw this.failure(operation, EGRESS_CODES[error.failure], error.message);
      throw error;
    }
    this.onAttempt(operation, outcomeOf(response.status));
    return response;
  }

  private failure(operation: KubernetesReadName, code: string, message: string): AwsCallError {
    return new AwsCallError('k8s', operation, this.cluster.region, new Error(message), code);
  }
}

/** Exponential from 100 ms with jitter, or the server's Retry-After; never more than 2 s. */
function backoffMs(attempt: number, retryAfter: string | string[] | undefined): number {
  const asked = Number(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter) * 1000;
  const planned = Number.isFinite(asked) && asked > 0 ? asked : 100 * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
  return Math.min(planned, 2000);
}

function outcomeOf(status: number): AttemptOutcome {
  if (status < 300) return 'success';
  if (status === 429) return 'throttled';
  return status < 500 ? 'client_error' : 'server_error';
}

/** A 404 Status from the API itself (the object does not exist), told apart from a proxy's 404 page. */
class KubernetesNotFound extends Error {}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function stringAt(value: unknown, key: string): string | undefined {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof found === 'string' && found !== '' ? found : undefined;
}
