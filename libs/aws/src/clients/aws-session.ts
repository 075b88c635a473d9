import type { AwsCallCounts } from '@rolecall/model';
import { Semaphore } from '../concurrency';
import type { SharedAgents } from '../aws-context';
import type { AwsCredentials, CredentialProvider } from '../credentials/credentials';
import { AwsCallError } from '../errors';
import type { AwsAttemptOutcomes } from './attempt-outcome';
import { countCalls, type CountableClient } from './call-counter.middleware';
import { AdaptiveRetryExceptUnsupported } from './retry-strategy';
import { SDK_LOGGER } from './sdk-logger';
import { OPERATIONS, type AwsServiceName, type OperationInput, type OperationName, type OperationOutput } from './operations';

/** Services with one global endpoint: their gaps are reported in region "global". */
const GLOBAL_SERVICES: ReadonlySet<AwsServiceName> = new Set(['iam', 'organizations']);

export interface CallLimits {
  /** Calls in flight per service and region (IAM is global and low-rate: keep it at 1-2). */
  perService: Record<AwsServiceName, number>;
  /** Calls in flight for the whole account. */
  perAccount: number;
}

export interface AwsSessionOptions {
  homeRegion: string;
  /** Credentials for the scanner's own calls (sts:AssumeRole); undefined = the SDK's default chain. */
  sourceCredentials?: CredentialProvider;
  /** Credentials for every other call (the assumed role); undefined = the source credentials. */
  credentials?: CredentialProvider;
  maxAttempts: number;
  limits: CallLimits;
  /** Connection pools shared with other sessions; absent = each client keeps its own. */
  agents?: SharedAgents;
}

interface SdkClient extends CountableClient {
  send(command: unknown): Promise<unknown>;
}
type SdkClientClass = new (config: never) => SdkClient;
type SdkCommandClass = new (input: never) => unknown;

/**
 * AWS access for one account (or for discovery): one SDK client per service and region with
 * adaptive retry (none for an operation the endpoint does not have), every call counted and
 * bounded per service, region and account.
 */
export class AwsSession {
  readonly calls: AwsCallCounts = {};
  /** Every attempt's outcome ("service:outcome" -> attempts), next to `calls`. */
  readonly outcomes: AwsAttemptOutcomes = {};
  private readonly clients = new Map<string, SdkClient>();
  private readonly serviceLimits = new Map<string, Semaphore>();
  private readonly accountLimit: Semaphore;

  constructor(private readonly options: AwsSessionOptions) {
    this.accountLimit = new Semaphore(options.limits.perAccount);
  }

  get homeRegion(): string {
    return this.options.homeRegion;
  }

  /** Calls `service:operation` in `region` (global services ignore it); failures throw an AwsCallError. */
  async call<S extends AwsServiceName, O extends OperationName<S>>(
    service: S,
    operation: O,
    input: OperationInput<S, O>,
    region = this.options.homeRegion,
  ): Promise<OperationOutput<S, O>> {
    const endpointRegion = GLOBAL_SERVICES.has(service) ? this.options.homeRegion : region;
    const commands: Record<string, SdkCommandClass> = OPERATIONS[service].commands;
    const command = new commands[operation](input as never);
    const client = this.clientFor(service, endpointRegion);
    try {
      return (await this.limitFor(service, endpointRegion).run(() =>
        this.accountLimit.run(() => client.send(command)),
      )) as OperationOutput<S, O>;
    } catch (error) {
      // A failed credential refresh surfaces as the sts:AssumeRole call that failed.
      if (error instanceof AwsCallError) throw error;
      throw new AwsCallError(service, operation, GLOBAL_SERVICES.has(service) ? 'global' : region, error);
    }
  }

  /** Resolves the session's credentials now (assuming the role if needed), so access failures surface early. */
  async credentials(): Promise<void> {
    await (this.options.credentials ?? this.options.sourceCredentials)?.();
  }

  /**
   * The credentials of the session's member calls (the assumed role), for signing what is not an SDK
   * call: the EKS token, a presigned URL the cluster checks with STS. Never logged nor stored.
   */
  async signingCredentials(): Promise<AwsCredentials> {
    const provider = this.options.credentials ?? this.options.sourceCredentials;
    if (!provider) throw new Error('the session has no credentials to sign with');
    return provider();
  }

  /**
   * Drops the clients. Their connections belong to the shared pools, where idle sockets neither
   * hold the process open nor get destroyed with a client (client.destroy() would end the pools).
   */
  close(): void {
    this.clients.clear();
  }

  private clientFor(service: AwsServiceName, region: string): SdkClient {
    const key = `${service}@${region}`;
    let client = this.clients.get(key);
    if (!client) {
      const { sourceCredentials, credentials, maxAttempts, agents } = this.options;
      const clientClass: SdkClientClass = OPERATIONS[service].client;
      const callerCredentials = OPERATIONS[service].role === 'scanner' ? sourceCredentials : credentials ?? sourceCredentials;
      // cacheMiddleware: the stack is resolved once per command class (the counter is added below,
      // before any request, and nothing changes a stack afterwards) instead of on every send.
      const config = {
        region,
        credentials: callerCredentials,
        retryStrategy: new AdaptiveRetryExceptUnsupported(maxAttempts),
        maxAttempts,
        requestHandler: agents,
        cacheMiddleware: true,
        logger: SDK_LOGGER,
      };
      client = new clientClass(config as never);
      countCalls(client, service, { calls: this.calls, outcomes: this.outcomes });
      this.clients.set(key, client);
    }
    return client;
  }

  private limitFor(service: AwsServiceName, region: string): Semaphore {
    const key = `${service}@${region}`;
    let limit = this.serviceLimits.get(key);
    if (!limit) {
      limit = new Semaphore(this.options.limits.perService[service]);
      this.serviceLimits.set(key, limit);
    }
    return limit;
  }
}
