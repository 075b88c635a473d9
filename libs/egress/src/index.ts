/**
 * Outbound HTTP: one client that holds every call to the egress policy (https, allow-listed hosts,
 * public addresses only, checked on the address connected to), with timeouts and a response size cap,
 * and redaction of remote text before it is stored or logged.
 */
export { EgressClient, EgressError } from './egress-client';
export type { EgressFailure, EgressLimits, EgressRequest, EgressResponse } from './egress-client';
export { EgressPolicy } from './egress-policy';
export type { EgressPolicyOptions } from './egress-policy';
export { forbiddenAddressReason, hostAddress, isLoopbackAddress } from './ip-address';
export { redactRemoteText, hasControlCharacter, MAX_REMOTE_TEXT } from './redact';
export { GITHUB_API_HOST, githubEgressClient, githubEgressPolicy } from './github-egress';
