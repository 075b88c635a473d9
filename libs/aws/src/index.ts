export { createAwsContext, type AwsContext, type AwsContextConfig, type AwsLogger } from './aws-context';
export { AWS_ATTEMPT_OUTCOMES, type AwsAttemptOutcome, type AwsAttemptOutcomes } from './clients/attempt-outcome';
export { collectAccount, type CollectAccountInput, type CollectAccountResult } from './collect-account';
export { discoverOrganization, OrganizationDiscoveryError } from './collectors/organization';
export { AccountAccessError, AwsCallError } from './errors';
export { DISCOVERY_ROLE_ACTIONS, MEMBER_ROLE_ACTIONS, SCANNER_ACTIONS } from './permissions';
export type { AwsCredentials, CredentialProvider } from './credentials/credentials';
export { OPERATIONS } from './clients/operations';
