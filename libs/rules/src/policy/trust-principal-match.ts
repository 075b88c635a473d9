import { parseArn } from './arn.parser';
import type { PrincipalBlock, PrincipalType } from './policy-document.types';

/** Whether a Principal block names this principal: the same value, or `*` among AWS principals. */
export function principalListed(block: PrincipalBlock, type: PrincipalType, value: string): boolean {
  return block.AWS.includes('*') || block[type].includes(value);
}

export interface AssumeCaller {
  /** A role, user, root, assumed-role session or federated-user session ARN. */
  readonly arn: string;
  readonly accountId: string;
  /** For an assumed-role session: its role's ARN with the path (`role/<path>/<name>`); else derived with path `/`. */
  readonly roleArn?: string;
  /** The caller's organization id, when known: fills aws:PrincipalOrgID. */
  readonly organizationId?: string;
  /** The tags of the caller (user or role, session tags included): fill aws:PrincipalTag/<key>. */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Whether an AWS principal value admits the caller: `*`, the caller's account (12-digit id or root
 * ARN: the account then decides through the caller's own policies), or the caller's ARN. A session
 * ARN (assumed-role) matches the role ARN of the same account and role name.
 */
export function admitsCaller(value: string, caller: AssumeCaller): boolean {
  if (value === '*' || value === caller.arn || value === caller.accountId) return true;
  const trusted = parseArn(value);
  if (trusted === undefined || trusted.account !== caller.accountId) return false;
  if (trusted.service === 'iam' && trusted.resource === 'root') return true;
  const session = parseArn(caller.arn);
  if (session?.service !== 'sts' || !session.resource.startsWith('assumed-role/')) return false;
  const roleName = session.resource.split('/')[1];
  return trusted.service === 'iam' && trusted.resource.startsWith('role/') && trusted.resource.split('/').pop() === roleName;
}
