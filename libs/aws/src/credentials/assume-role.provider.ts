import type { AssumeRoleCommandInput, AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
import type { AwsCredentials, CredentialProvider } from './credentials';

export const DEFAULT_SESSION_SECONDS = 3600;
/** Ahead of the SDK's own 5-minute window, so the SDK never re-sends credentials we are about to replace. */
export const DEFAULT_REFRESH_WINDOW_MS = 10 * 60_000;

export interface AssumeRoleProviderOptions {
  /** Sends sts:AssumeRole with the scanner's own credentials. */
  assumeRole: (input: AssumeRoleCommandInput) => Promise<Pick<AssumeRoleCommandOutput, 'Credentials'>>;
  roleArn: string;
  externalId?: string;
  sessionName: string;
  durationSeconds?: number;
  /** Refresh this long before expiry, so long scans never send expired credentials. */
  refreshWindowMs?: number;
  now?: () => number;
}

/**
 * Credentials of an assumed role, cached and refreshed before they expire. Concurrent callers
 * share one AssumeRole; a failed refresh is retried by the next caller.
 */
export function assumeRoleProvider(options: AssumeRoleProviderOptions): CredentialProvider {
  const now = options.now ?? Date.now;
  const refreshWindowMs = options.refreshWindowMs ?? DEFAULT_REFRESH_WINDOW_MS;
  let current: AwsCredentials | undefined;
  let pending: Promise<AwsCredentials> | undefined;

  const fresh = (credentials: AwsCredentials): boolean =>
    !credentials.expiration || credentials.expiration.getTime() - now() > refreshWindowMs;

  const assume = async (): Promise<AwsCredentials> => {
    const { Credentials } = await options.assumeRole({
      RoleArn: options.roleArn,
      RoleSessionName: options.sessionName,
      ExternalId: options.externalId,
      DurationSeconds: options.durationSeconds ?? DEFAULT_SESSION_SECONDS,
    });
    if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
    return {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
      expiration: Credentials.Expiration,
    };
  };

  return () => {
    if (current && fresh(current)) return Promise.resolve(current);
    pending ??= assume()
      .then((credentials) => (current = credentials))
      .finally(() => (pending = undefined));
    return pending;
  };
}

/** "rolecall-<scanId>" in the characters and length (2-64) STS accepts for a RoleSessionName. */
export function roleSessionName(scanId: string): string {
  return `rolecall-${scanId}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
