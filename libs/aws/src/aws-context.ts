import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { CallLimits } from './clients/aws-session';
import type { CredentialProvider } from './credentials/credentials';
import { DEFAULT_KUBERNETES_LIMITS, type KubernetesLimits } from './kubernetes/kubernetes-limits';
import { safeLogger } from './safe-logger';

/** What libs/aws logs through: pino's Logger fits. Only ids, codes and counts are logged, never credentials. */
export interface AwsLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface AwsContextConfig {
  /** ROLECALL_MEMBER_ROLE_NAME: the role assumed in every member account. */
  memberRoleName: string;
  /** ROLECALL_EXTERNAL_ID: sent with every AssumeRole. */
  externalId?: string;
  /** ROLECALL_ORG_ROLE_ARN: assumed for organization discovery; without it the source credentials discover. */
  orgRoleArn?: string;
  /** Home region: STS (regional endpoint), IAM, Organizations and region discovery. */
  region?: string;
  logger?: AwsLogger;
  /** The scanner's own credentials; default: the SDK's default chain. */
  sourceCredentials?: CredentialProvider;
  maxAttempts?: number;
  limits?: Partial<CallLimits>;
  /** Regions of one account collected at once. */
  regionConcurrency?: number;
  /** IAM Access Advisor jobs: delay between polls and how many polls before giving up. */
  accessAdvisor?: { pollIntervalMs?: number; maxPolls?: number; concurrency?: number };
  /** Open connections per endpoint, shared by every account's clients. */
  maxSockets?: number;
  /** Reads of each EKS cluster's Kubernetes API: timeouts, size cap, page and item budget. */
  kubernetes?: Partial<KubernetesLimits>;
}

/** Keep-alive connection pools every SDK client shares, so accounts reuse connections (and TLS sessions). */
export interface SharedAgents {
  httpAgent: HttpAgent;
  httpsAgent: HttpsAgent;
}

export interface AwsContext {
  readonly memberRoleName: string;
  readonly externalId?: string;
  readonly orgRoleArn?: string;
  readonly region: string;
  readonly logger?: AwsLogger;
  readonly sourceCredentials: CredentialProvider;
  readonly maxAttempts: number;
  readonly limits: CallLimits;
  readonly regionConcurrency: number;
  readonly accessAdvisor: { pollIntervalMs: number; maxPolls: number; concurrency: number };
  readonly agents: SharedAgents;
  readonly kubernetes: KubernetesLimits;
}

export const DEFAULT_LIMITS: CallLimits = {
  perService: { sts: 2, organizations: 1, iam: 2, ec2: 4, autoscaling: 2, ecs: 4, eks: 4 },
  perAccount: 24,
};

/** Everything the collectors share across accounts. Create once per process. */
export function createAwsContext(config: AwsContextConfig): AwsContext {
  return {
    memberRoleName: config.memberRoleName,
    externalId: config.externalId,
    orgRoleArn: config.orgRoleArn,
    region: config.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    logger: safeLogger(config.logger),
    sourceCredentials: config.sourceCredentials ?? fromNodeProviderChain(),
    maxAttempts: config.maxAttempts ?? 8,
    limits: {
      perService: { ...DEFAULT_LIMITS.perService, ...config.limits?.perService },
      perAccount: config.limits?.perAccount ?? DEFAULT_LIMITS.perAccount,
    },
    regionConcurrency: config.regionConcurrency ?? 6,
    accessAdvisor: {
      pollIntervalMs: config.accessAdvisor?.pollIntervalMs ?? 2000,
      maxPolls: config.accessAdvisor?.maxPolls ?? 60,
      concurrency: config.accessAdvisor?.concurrency ?? 2,
    },
    kubernetes: { ...DEFAULT_KUBERNETES_LIMITS, maxAttempts: config.maxAttempts ?? 8, ...config.kubernetes },
    agents: {
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets: config.maxSockets ?? 128 }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: config.maxSockets ?? 128 }),
    },
  };
}
