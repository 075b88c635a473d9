// Building blocks of the end-to-end test worlds (type-only import: nothing of the simulator reaches the library).
import type { World } from '@rolecall/aws-sim';

export const SCANNER_ARN = 'arn:aws:iam::111111111111:role/rolecall-scanner';
export const EXTERNAL_ID = 'rolecall-test';
export const MEMBER_ROLE = 'RolecallAudit';
export const CREATED = '2024-01-01T00:00:00Z';

export type WorldAccount = World['accounts'][number];
export type WorldRole = NonNullable<NonNullable<WorldAccount['iam']>['roles']>[number];

export function trust(principal: Record<string, string | string[]>, action = 'sts:AssumeRole', condition?: Record<string, Record<string, string>>) {
  return { Version: '2012-10-17' as const, Statement: [{ Effect: 'Allow' as const, Principal: principal, Action: action, ...(condition ? { Condition: condition } : {}) }] };
}

/** The member role every scannable account has. */
export function memberRole(): WorldRole {
  return {
    RoleName: MEMBER_ROLE,
    RoleId: 'AROAMEMBERROLE0000001',
    CreateDate: CREATED,
    AssumeRolePolicyDocument: trust({ AWS: SCANNER_ARN }, 'sts:AssumeRole', { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } }),
  };
}

export const serviceRoleId = (i: number) => `AROASERVICEROLE${String(i).padStart(6, '0')}`;

/** A plain account: the member role, `roleCount` extra roles, one ECS cluster in each region. */
export function plainAccount(id: string, name: string, regions: string[], roleCount = 0): WorldAccount {
  const roles: WorldRole[] = Array.from({ length: roleCount }, (_, i) => ({
    RoleName: `service-role-${i}`,
    RoleId: serviceRoleId(i),
    CreateDate: CREATED,
    AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }),
  }));
  return {
    id,
    name,
    joinedTimestamp: CREATED,
    regions,
    iam: { roles: [memberRole(), ...roles] },
    regional: Object.fromEntries(
      regions.map((region) => [region, { ecs: { clusters: [{ clusterName: `${name}-cluster` }] } }]),
    ),
  };
}
