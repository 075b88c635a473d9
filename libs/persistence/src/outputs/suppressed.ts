import { sql, type RawBuilder } from 'kysely';

/**
 * SQL condition: the finding aliased `findings` matches an active suppression (rule, account and
 * ARN pattern as in @rolecall/reporting's matchSuppression; expired ones never apply).
 */
export function isSuppressed(): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from suppressions s
    where (s.expires_at is null or s.expires_at > now())
      and (s.rule_id is null or s.rule_id = findings.rule_id)
      and (s.account_id is null or s.account_id = findings.account_id)
      and (s.resource_like is null or findings.resource_arn like s.resource_like)
  )`;
}
