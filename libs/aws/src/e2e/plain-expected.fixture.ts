import { type AccountInventory, type IamRole } from '@rolecall/model';
import { anInventory } from '@rolecall/model/testing';
import { EXTERNAL_ID, MEMBER_ROLE, SCANNER_ARN, serviceRoleId, trust } from './world-parts.fixture';

function expectedRole(accountId: string, roleName: string, roleId: string, trustPolicy: unknown): IamRole {
  return {
    arn: `arn:aws:iam::${accountId}:role/${roleName}`,
    accountId,
    region: 'global',
    roleName,
    roleId,
    path: '/',
    createDate: '2024-01-01T00:00:00.000Z',
    trustPolicy,
    inlinePolicies: [],
    attachedManagedPolicies: [],
    instanceProfiles: [],
    tags: {},
  };
}

/** What collecting a plainAccount(...) must find, exactly. `regions` in the order they are scanned (sorted). */
export function expectedPlainInventory(accountId: string, name: string, regions: string[], roleCount = 0): AccountInventory {
  const memberTrust = trust({ AWS: SCANNER_ARN }, 'sts:AssumeRole', { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } });
  return anInventory({
    accountId,
    accountName: name,
    regions,
    iam: {
      roles: [
        expectedRole(accountId, MEMBER_ROLE, 'AROAMEMBERROLE0000001', memberTrust),
        ...Array.from({ length: roleCount }, (_, i) =>
          expectedRole(accountId, `service-role-${i}`, serviceRoleId(i), trust({ Service: 'ec2.amazonaws.com' })),
        ),
      ],
    },
    ecs: {
      clusters: regions.map((region) => ({
        arn: `arn:aws:ecs:${region}:${accountId}:cluster/${name}-cluster`,
        accountId,
        region,
        name: `${name}-cluster`,
        status: 'ACTIVE',
        capacityProviders: [],
        tags: {},
      })),
    },
    ec2: { metadataDefaults: regions.map((region) => ({ region })) },
  });
}
