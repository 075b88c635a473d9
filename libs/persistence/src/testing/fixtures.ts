import type { FingerprintedFinding, Severity } from '@rolecall/model';

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';

/** A finding on role `name` in `accountId`, fingerprinted by rule, account and role. */
export function aFinding(
  accountId: string,
  name: string,
  overrides: Partial<FingerprintedFinding> & { severity?: Severity } = {},
): FingerprintedFinding {
  const ruleId = overrides.ruleId ?? 'iam.role.trust-public';
  const arn = `arn:aws:iam::${accountId}:role/${name}`;
  return {
    ruleId,
    severity: 'high',
    title: `Role ${name} can be assumed by anyone`,
    message: `The trust policy of ${name} allows any principal.`,
    accountId,
    region: 'global',
    resource: { arn, type: 'AWS::IAM::Role', name },
    relatedResources: [],
    evidence: { principal: '*' },
    remediation: 'Restrict the trust policy to known principals.',
    fingerprint: `${ruleId}|${arn}`,
    ...overrides,
  };
}
