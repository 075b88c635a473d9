import type { AwsContext } from './aws-context';
import { AwsSession } from './clients/aws-session';
import { assumeRoleProvider, roleSessionName } from './credentials/assume-role.provider';
import { partitionOf } from './transforms/shared';

function sessionOptions(ctx: AwsContext) {
  return {
    homeRegion: ctx.region,
    sourceCredentials: ctx.sourceCredentials,
    maxAttempts: ctx.maxAttempts,
    limits: ctx.limits,
    agents: ctx.agents,
  };
}

export function memberRoleArn(ctx: AwsContext, accountId: string): string {
  return `arn:${partitionOf(ctx.region)}:iam::${accountId}:role/${ctx.memberRoleName}`;
}

/** A session in a member account through its member role, assumed with the scan's session name. */
export function openMemberSession(ctx: AwsContext, accountId: string, scanId: string): AwsSession {
  const session: AwsSession = new AwsSession({
    ...sessionOptions(ctx),
    credentials: assumeRoleProvider({
      assumeRole: (input) => session.call('sts', 'AssumeRole', input),
      roleArn: memberRoleArn(ctx, accountId),
      externalId: ctx.externalId,
      sessionName: roleSessionName(scanId),
    }),
  });
  return session;
}

/** A session for organization discovery: the org role when configured, else the source credentials. */
export function openDiscoverySession(ctx: AwsContext): AwsSession {
  const { orgRoleArn } = ctx;
  if (!orgRoleArn) return new AwsSession(sessionOptions(ctx));
  const session: AwsSession = new AwsSession({
    ...sessionOptions(ctx),
    credentials: assumeRoleProvider({
      assumeRole: (input) => session.call('sts', 'AssumeRole', input),
      roleArn: orgRoleArn,
      externalId: ctx.externalId,
      sessionName: 'rolecall-discovery',
    }),
  });
  return session;
}
