import { stableId } from '../util/stable-id';
import type { Session } from './credential-store';

/** Who signed a request. */
export interface Caller {
  accountId: string;
  /** The IAM role or user ARN, as trust policies name it. */
  principalArn: string;
  /** The ARN GetCallerIdentity reports (an assumed-role session ARN for roles). */
  arn: string;
  userId: string;
  /** Present when the request was signed with credentials the simulator issued. */
  session?: Session;
}

/** The scanner's identity: what every access key the simulator did not issue belongs to. */
export function scannerCaller(principalArn: string, sessionName: string): Caller {
  const accountId = principalArn.split(':')[4];
  const [kind, ...rest] = principalArn.split(':')[5].split('/');
  const name = rest[rest.length - 1];
  if (kind === 'user') return { accountId, principalArn, arn: principalArn, userId: stableId('AIDA', principalArn) };
  return {
    accountId,
    principalArn,
    arn: `arn:aws:sts::${accountId}:assumed-role/${name}/${sessionName}`,
    userId: `${stableId('AROA', principalArn)}:${sessionName}`,
  };
}

export function sessionCaller(session: Session): Caller {
  return {
    accountId: session.accountId,
    principalArn: session.roleArn,
    arn: session.assumedRoleArn,
    userId: `${session.roleId}:${session.sessionName}`,
    session,
  };
}
