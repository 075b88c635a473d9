import { trustAdmits } from '../../identity/trust-policy';
import { serviceError } from '../../protocols/error-catalog';
import type { QueryHandler } from '../service';

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const CHAINED_LIMIT_SECONDS = 3600;

/** Issues credentials for a role when the role exists, its account is active and its trust admits the caller. */
export const assumeRole: QueryHandler = ({ sim, caller }, input) => {
  const roleArn = input.required('RoleArn');
  const sessionName = input.required('RoleSessionName');
  const externalId = input.string('ExternalId');
  const duration = input.int('DurationSeconds') ?? 3600;
  const match = ROLE_ARN.exec(roleArn);
  if (!match) throw serviceError('sts', 'validation', `${roleArn} is invalid`);
  if (!SESSION_NAME.test(sessionName)) throw serviceError('sts', 'validation', `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`);
  if (duration < 900) throw serviceError('sts', 'validation', `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`);

  const denied = serviceError('sts', 'accessDenied', `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
  const target = sim.index.findAccount(match[1]);
  const role = target?.account.status === 'ACTIVE' ? target.iam().findRole(match[2]) : undefined;
  if (!target || !role || role.arn !== roleArn) throw denied;
  if (!trustAdmits(role.role.AssumeRolePolicyDocument, { caller, externalId, organizationId: sim.index.organization.id })) throw denied;
  if (duration > role.role.MaxSessionDuration) {
    throw serviceError('sts', 'validation', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  }
  if (caller.session && duration > CHAINED_LIMIT_SECONDS) {
    throw serviceError('sts', 'validation', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }

  const session = sim.credentials.issue(
    { accountId: target.id, roleArn: role.arn, roleId: role.roleId, roleName: role.role.RoleName, sessionName },
    sim.now() + duration * 1000,
  );
  return {
    Credentials: {
      AccessKeyId: session.accessKeyId,
      SecretAccessKey: session.secretAccessKey,
      SessionToken: session.sessionToken,
      Expiration: new Date(session.expiresAt).toISOString(),
    },
    AssumedRoleUser: { AssumedRoleId: `${role.roleId}:${sessionName}`, Arn: session.assumedRoleArn },
  };
};
