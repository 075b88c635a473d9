import type { PolicyDocument, PolicyStatement } from '../world/common.schema';
import { globMatches } from '../util/glob';
import type { Caller } from './caller';
import { conditionsHold, type RequestContext } from './policy-conditions';

export interface AssumeRoleRequest {
  caller: Caller;
  externalId?: string;
  organizationId: string;
}

/** Whether a role's trust policy lets this caller call sts:AssumeRole: an Allow statement matches and no Deny does. */
export function trustAdmits(trust: PolicyDocument, request: AssumeRoleRequest): boolean {
  const statements = Array.isArray(trust.Statement) ? trust.Statement : [trust.Statement];
  const context = requestContext(request);
  const applies = (statement: PolicyStatement) =>
    allowsAssumeRole(statement) && principalMatches(statement, request.caller) && conditionsHold(statement.Condition, context);
  const matching = statements.filter(applies);
  return matching.some((s) => s.Effect === 'Allow') && !matching.some((s) => s.Effect === 'Deny');
}

function requestContext({ caller, externalId, organizationId }: AssumeRoleRequest): RequestContext {
  return {
    'sts:externalid': externalId,
    'aws:principalaccount': caller.accountId,
    'aws:principalarn': caller.principalArn,
    'aws:principalorgid': organizationId,
    'aws:principaltype': caller.principalArn.includes(':user/') ? 'User' : 'AssumedRole',
  };
}

function allowsAssumeRole(statement: PolicyStatement): boolean {
  const matches = (pattern: string) => globMatches(pattern.toLowerCase(), 'sts:assumerole');
  if (statement.Action !== undefined) return toList(statement.Action).some(matches);
  if (statement.NotAction !== undefined) return !toList(statement.NotAction).some(matches);
  return false;
}

function principalMatches(statement: PolicyStatement, caller: Caller): boolean {
  const principal = statement.Principal;
  if (principal === undefined) return false;
  if (principal === '*') return true;
  const aws = principal.AWS;
  if (aws === undefined) return false;
  return toList(aws).some(
    (entry) =>
      entry === '*' ||
      entry === caller.accountId ||
      entry === `arn:aws:iam::${caller.accountId}:root` ||
      entry === caller.principalArn ||
      entry === caller.arn,
  );
}

function toList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}
