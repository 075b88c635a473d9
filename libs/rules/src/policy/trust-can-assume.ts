import { parseArn } from './arn.parser';
import type { ConditionOutcome, RequestContext } from './condition.evaluator';
import type { PolicyDocument, PolicyStatement } from './policy-document.types';
import { combineOutcomes, conditionOutcome } from './request-evaluator';
import { coversAction } from './statement.matcher';
import { admitsCaller, type AssumeCaller } from './trust-principal-match';

export type AssumeDecision = 'yes' | 'no' | 'conditional';

/**
 * Whether the trust policy lets the caller call sts:AssumeRole, for role-chaining analysis. An
 * account principal admits any principal of that account (whose own policy must still allow
 * sts:AssumeRole on the role: check that with the caller's permission analysis). The context, when
 * given, is the whole request; aws:PrincipalAccount and aws:PrincipalArn are filled from the caller.
 */
export function canAssume(trustPolicy: PolicyDocument, caller: AssumeCaller, context?: RequestContext): AssumeDecision {
  const callerIsRole = parseArn(caller.arn)?.resource.startsWith('role/') === true;
  const fullContext: RequestContext = {
    'aws:PrincipalAccount': caller.accountId,
    ...(callerIsRole ? { 'aws:PrincipalArn': caller.arn } : {}),
    ...context,
  };
  const missingKeys = context === undefined ? 'undecided' : 'absent';
  const outcomes = (effect: PolicyStatement['effect']): ConditionOutcome[] =>
    trustPolicy.statements
      .filter((s) => s.effect === effect && coversAction(s, 'sts:AssumeRole') && admits(s, caller))
      .map((s) => conditionOutcome(s, fullContext, missingKeys));
  const decision = combineOutcomes(outcomes('Allow'), outcomes('Deny'));
  return decision === 'allowed' ? 'yes' : decision === 'denied' ? 'no' : 'conditional';
}

function admits(statement: PolicyStatement, caller: AssumeCaller): boolean {
  if (statement.principal !== undefined) return statement.principal.AWS.some((value) => admitsCaller(value, caller));
  // NotPrincipal excludes exactly the principals it lists (an account ARN does not exclude its roles).
  return statement.notPrincipal !== undefined && !statement.notPrincipal.AWS.includes(caller.arn);
}
