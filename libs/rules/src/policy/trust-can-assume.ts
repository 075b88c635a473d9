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
 * given, is the whole request; the principal keys are filled from the caller as AWS fills them (see
 * principalContext).
 */
export function canAssume(trustPolicy: PolicyDocument, caller: AssumeCaller, context?: RequestContext): AssumeDecision {
  const fullContext: RequestContext = { ...principalContext(caller), ...context };
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

/**
 * The principal keys of a request by this caller: aws:PrincipalAccount always; aws:PrincipalArn and
 * aws:PrincipalType by kind (a role or its session: the role's ARN, `AssumedRole`; an IAM user: its
 * ARN, `User`; the root: `arn:...:root`, `Account`; a federated user: its session ARN,
 * `FederatedUser`); aws:PrincipalOrgID and aws:PrincipalTag/<key> when the caller gives them.
 */
export function principalContext(caller: AssumeCaller): Record<string, string> {
  const arn = parseArn(caller.arn);
  const context: Record<string, string> = { 'aws:PrincipalAccount': caller.accountId };
  if (arn !== undefined) {
    const kind = principalKindOf(arn.service, arn.resource);
    if (kind !== undefined) {
      context['aws:PrincipalType'] = kind;
      context['aws:PrincipalArn'] =
        kind === 'AssumedRole' && arn.service === 'sts'
          ? (caller.roleArn ?? `arn:${arn.partition}:iam::${arn.account}:role/${arn.resource.split('/')[1]}`)
          : caller.arn;
    }
  }
  if (caller.organizationId !== undefined) context['aws:PrincipalOrgID'] = caller.organizationId;
  for (const [key, value] of Object.entries(caller.tags ?? {})) context[`aws:PrincipalTag/${key}`] = value;
  return context;
}

function principalKindOf(service: string, resource: string): string | undefined {
  if (service === 'iam' && resource.startsWith('role/')) return 'AssumedRole';
  if (service === 'sts' && resource.startsWith('assumed-role/')) return 'AssumedRole';
  if (service === 'iam' && resource.startsWith('user/')) return 'User';
  if (service === 'iam' && resource === 'root') return 'Account';
  if (service === 'sts' && resource.startsWith('federated-user/')) return 'FederatedUser';
  return undefined;
}
