/** What a suppression matches: a rule, a resource ARN glob (`*` any run, `?` one character), an account; at least one of rule or ARN. */
export interface SuppressionRule {
  id: string;
  ruleId: string | null;
  resourcePattern: string | null;
  accountId: string | null;
  expiresAt: Date | null;
}

export interface SuppressibleFinding {
  ruleId: string;
  accountId: string;
  resource: { arn: string };
}

/** The first active suppression matching the finding; expired ones never apply. */
export function matchSuppression<S extends SuppressionRule>(finding: SuppressibleFinding, suppressions: readonly S[], now: Date): S | undefined {
  return suppressions.find((suppression) => isActive(suppression, now) && matches(suppression, finding));
}

export function isActive(suppression: SuppressionRule, now: Date): boolean {
  return suppression.expiresAt === null || suppression.expiresAt.getTime() > now.getTime();
}

function matches(suppression: SuppressionRule, finding: SuppressibleFinding): boolean {
  if (suppression.ruleId === null && suppression.resourcePattern === null) return false;
  if (suppression.ruleId !== null && suppression.ruleId !== finding.ruleId) return false;
  if (suppression.accountId !== null && suppression.accountId !== finding.accountId) return false;
  return suppression.resourcePattern === null || globToRegExp(suppression.resourcePattern).test(finding.resource.arn);
}

export function globToRegExp(pattern: string): RegExp {
  const body = [...pattern].map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 's');
}
