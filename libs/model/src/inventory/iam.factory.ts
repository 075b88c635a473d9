import { GLOBAL_REGION } from './common.schema';
import { TEST_ACCOUNT_ID } from './factory-defaults';
import type { IamRole, ManagedPolicy, OidcProvider } from './iam.schema';

/** A trust policy allowing `principal` (e.g. { Service: 'ecs-tasks.amazonaws.com' }) to assume the role. */
export function aTrustPolicy(principal: unknown, action: string | string[] = 'sts:AssumeRole', condition?: unknown): unknown {
  const statement = { Effect: 'Allow', Principal: principal, Action: action, ...(condition ? { Condition: condition } : {}) };
  return { Version: '2012-10-17', Statement: [statement] };
}

/** A permissions policy allowing `actions` on `resource`. */
export function aPolicyDocument(actions: string | string[], resource: string | string[] = '*'): unknown {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] };
}

export function aRole(overrides: Partial<IamRole> = {}): IamRole {
  const accountId = overrides.accountId ?? TEST_ACCOUNT_ID;
  const roleName = overrides.roleName ?? 'app-task-role';
  const path = overrides.path ?? '/';
  return {
    arn: `arn:aws:iam::${accountId}:role${path}${roleName}`,
    accountId,
    region: GLOBAL_REGION,
    roleName,
    roleId: 'AROATESTROLEID000001',
    path,
    trustPolicy: aTrustPolicy({ Service: 'ecs-tasks.amazonaws.com' }),
    inlinePolicies: [],
    attachedManagedPolicies: [],
    instanceProfiles: [],
    tags: {},
    ...overrides,
  };
}

export function aManagedPolicy(overrides: Partial<ManagedPolicy> = {}): ManagedPolicy {
  const awsManaged = overrides.awsManaged ?? false;
  const accountId = overrides.accountId ?? TEST_ACCOUNT_ID;
  const policyName = overrides.policyName ?? 'app-policy';
  const owner = awsManaged ? 'aws' : accountId;
  return {
    arn: `arn:aws:iam::${owner}:policy/${policyName}`,
    accountId,
    region: GLOBAL_REGION,
    policyName,
    path: '/',
    awsManaged,
    defaultVersionId: 'v1',
    attachmentCount: 1,
    document: aPolicyDocument('s3:GetObject', 'arn:aws:s3:::app-bucket/*'),
    ...overrides,
  };
}

export function anOidcProvider(overrides: Partial<OidcProvider> = {}): OidcProvider {
  const accountId = overrides.accountId ?? TEST_ACCOUNT_ID;
  const url = overrides.url ?? 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
  return {
    arn: `arn:aws:iam::${accountId}:oidc-provider/${url}`,
    accountId,
    region: GLOBAL_REGION,
    url,
    clientIds: ['sts.amazonaws.com'],
    thumbprints: [],
    tags: {},
    ...overrides,
  };
}
