import type { RolecallConfig } from './config.schema';

export type SecretReader = 'api' | 'worker' | 'dev';

/** A secret a process reads, and what production loses when it is unset. */
interface SecretRule {
  variable: keyof RolecallConfig;
  readers: readonly SecretReader[];
  whenUnset: string;
}

/**
 * What each secret's absence means in production. None refuses to start: an api whose admin token
 * was removed after the tokens were created keeps serving those tokens, so only a loud warning is
 * honest. README ("Secrets in production") documents the same behaviours.
 */
export const SECRET_RULES: readonly SecretRule[] = [
  {
    variable: 'ROLECALL_ADMIN_TOKEN',
    readers: ['api', 'dev'],
    whenUnset:
      'no admin token is accepted: only tokens created earlier with POST /v1/tokens work, and without one no token can be created. ' +
      'Set ROLECALL_ADMIN_TOKEN=$(openssl rand -hex 32), restart, then create scoped tokens with POST /v1/tokens',
  },
  {
    variable: 'ROLECALL_METRICS_TOKEN',
    readers: ['api', 'dev'],
    whenUnset: 'GET /metrics is public (no token needed). Set ROLECALL_METRICS_TOKEN=$(openssl rand -hex 32) to require it',
  },
  {
    variable: 'ROLECALL_ENCRYPTION_KEY',
    readers: ['api', 'worker', 'dev'],
    whenUnset: 'GitHub integrations cannot be registered (POST /v1/integrations/github is a 409) and none can upload. Set ROLECALL_ENCRYPTION_KEY=$(openssl rand -hex 32)',
  },
  {
    variable: 'ROLECALL_EXTERNAL_ID',
    readers: ['worker', 'dev'],
    whenUnset:
      "AssumeRole into member accounts is sent without an external id, so member roles cannot require one (the confused-deputy guard). " +
      'Set ROLECALL_EXTERNAL_ID to the value the member roles trust with sts:ExternalId',
  },
];

/** One line per unset secret this process reads, when NODE_ENV=production; empty otherwise. */
export function unsetSecretWarnings(config: RolecallConfig, reader: SecretReader): { variable: string; message: string }[] {
  if (config.NODE_ENV !== 'production') return [];
  return SECRET_RULES.filter((rule) => rule.readers.includes(reader) && config[rule.variable] === undefined).map((rule) => ({
    variable: rule.variable,
    message: `${rule.variable} is unset (NODE_ENV=production): ${rule.whenUnset}`,
  }));
}
