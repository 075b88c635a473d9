import type { RolecallConfig } from '@rolecall/config';
import { EgressClient } from './egress-client';
import { EgressPolicy } from './egress-policy';

/** GitHub's public API host, always allowed. */
export const GITHUB_API_HOST = 'api.github.com';

/** Where GitHub calls may go: api.github.com and the hosts named in ROLECALL_GITHUB_HOSTS. */
export function githubEgressPolicy(config: Pick<RolecallConfig, 'ROLECALL_GITHUB_HOSTS' | 'ROLECALL_ALLOW_INSECURE_GITHUB'>): EgressPolicy {
  return new EgressPolicy({
    allowedHosts: [GITHUB_API_HOST, ...config.ROLECALL_GITHUB_HOSTS],
    allowListSource: 'ROLECALL_GITHUB_HOSTS',
    allowInsecureLoopback: config.ROLECALL_ALLOW_INSECURE_GITHUB,
  });
}

/** The client every GitHub call goes through, with the configured timeouts and size cap. */
export function githubEgressClient(config: RolecallConfig): EgressClient {
  return new EgressClient(githubEgressPolicy(config), {
    connectTimeoutMs: config.ROLECALL_EGRESS_CONNECT_TIMEOUT_MS,
    timeoutMs: config.ROLECALL_EGRESS_TIMEOUT_MS,
    maxResponseBytes: config.ROLECALL_EGRESS_MAX_RESPONSE_BYTES,
  });
}
