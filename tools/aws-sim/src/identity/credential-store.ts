import { randomBytes } from 'node:crypto';

/** Temporary credentials the simulator issued with AssumeRole, bound to one account and role. */
export interface Session {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  accountId: string;
  roleArn: string;
  roleId: string;
  roleName: string;
  sessionName: string;
  assumedRoleArn: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export type SessionRequest = Pick<Session, 'accountId' | 'roleArn' | 'roleId' | 'roleName' | 'sessionName'>;

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomUpper(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += UPPER_ALNUM[bytes[i] % UPPER_ALNUM.length];
  return out;
}

export class CredentialStore {
  private readonly sessions = new Map<string, Session>();

  issue(request: SessionRequest, expiresAt: number): Session {
    const session: Session = {
      ...request,
      accessKeyId: `ASIA${randomUpper(16)}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(96).toString('base64')}`,
      assumedRoleArn: `arn:aws:sts::${request.accountId}:assumed-role/${request.roleName}/${request.sessionName}`,
      expiresAt,
    };
    this.sessions.set(session.accessKeyId, session);
    return session;
  }

  find(accessKeyId: string): Session | undefined {
    return this.sessions.get(accessKeyId);
  }
}
