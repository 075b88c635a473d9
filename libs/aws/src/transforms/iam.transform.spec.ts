import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ManagedPolicyDetail, RoleDetail } from '@aws-sdk/client-iam';
import { iamRoleSchema, managedPolicySchema } from '@rolecall/model';
import { managedPolicyFromDetail, roleFromDetail, serviceLastAccessedFrom } from './iam.transform';

const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const inline = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

describe('IAM transforms', () => {
  test('a role detail becomes a role with decoded documents and ISO dates', () => {
    const detail: RoleDetail = {
      Path: '/app/',
      RoleName: 'web',
      RoleId: 'AROAEXAMPLE',
      Arn: 'arn:aws:iam::111122223333:role/app/web',
      CreateDate: new Date('2024-01-02T03:04:05Z'),
      AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
      InstanceProfileList: [
        { InstanceProfileName: 'web', InstanceProfileId: 'AIPA', Arn: 'arn:aws:iam::111122223333:instance-profile/web', Path: '/', Roles: [], CreateDate: new Date(0) },
      ],
      RolePolicyList: [{ PolicyName: 'read', PolicyDocument: encodeURIComponent(JSON.stringify(inline)) }],
      AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/boundary' },
      Tags: [{ Key: 'team', Value: 'web' }],
      RoleLastUsed: { LastUsedDate: new Date('2025-05-06T00:00:00Z'), Region: 'eu-west-1' },
    };
    assert.deepEqual(roleFromDetail(detail, '111122223333'), {
      arn: 'arn:aws:iam::111122223333:role/app/web',
      accountId: '111122223333',
      region: 'global',
      roleName: 'web',
      roleId: 'AROAEXAMPLE',
      path: '/app/',
      createDate: '2024-01-02T03:04:05.000Z',
      trustPolicy: trust,
      inlinePolicies: [{ policyName: 'read', document: inline }],
      attachedManagedPolicies: [{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/boundary',
      instanceProfiles: [{ arn: 'arn:aws:iam::111122223333:instance-profile/web', name: 'web' }],
      tags: { team: 'web' },
      lastUsed: { date: '2025-05-06T00:00:00.000Z', region: 'eu-west-1' },
    });
  });

  test('a never-used role without boundary has no lastUsed or boundary keys', () => {
    const role = roleFromDetail({ RoleName: 'r', Arn: 'arn:aws:iam::111122223333:role/r', RoleId: 'AROA', RoleLastUsed: {} }, '111122223333');
    assert.equal('lastUsed' in role, false);
    assert.equal('permissionsBoundaryArn' in role, false);
    assert.equal(role.trustPolicy, undefined);
  });

  test('a managed policy keeps only its default version document; AWS ownership comes from the ARN', () => {
    const v1 = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const v2 = { Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] };
    const detail: ManagedPolicyDetail = {
      PolicyName: 'AmazonEC2ReadOnlyAccess',
      Arn: 'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
      Path: '/',
      DefaultVersionId: 'v2',
      AttachmentCount: 3,
      PolicyVersionList: [
        { VersionId: 'v1', IsDefaultVersion: false, Document: encodeURIComponent(JSON.stringify(v1)) },
        { VersionId: 'v2', IsDefaultVersion: true, Document: encodeURIComponent(JSON.stringify(v2)) },
      ],
    };
    assert.deepEqual(managedPolicyFromDetail(detail, '111122223333'), {
      arn: 'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
      accountId: '111122223333',
      region: 'global',
      policyName: 'AmazonEC2ReadOnlyAccess',
      path: '/',
      awsManaged: true,
      defaultVersionId: 'v2',
      attachmentCount: 3,
      document: v2,
    });
    const local = managedPolicyFromDetail({ ...detail, Arn: 'arn:aws:iam::111122223333:policy/x' }, '111122223333');
    assert.equal(local.awsManaged, false);
  });

  test('Access Advisor rows keep never-used services without a date', () => {
    assert.deepEqual(
      serviceLastAccessedFrom([
        { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: new Date('2025-01-01T00:00:00Z'), LastAuthenticatedRegion: 'us-east-1' },
        { ServiceName: 'AWS IAM', ServiceNamespace: 'iam' },
      ]),
      [
        { serviceNamespace: 's3', serviceName: 'Amazon S3', lastAuthenticated: '2025-01-01T00:00:00.000Z', lastAuthenticatedRegion: 'us-east-1' },
        { serviceNamespace: 'iam', serviceName: 'AWS IAM' },
      ],
    );
  });
});

describe('IAM answers with optional fields missing', () => {
  test('a role with only its ARN is kept: name from the ARN, no trust policy, lastUsed or boundary', () => {
    const role = roleFromDetail({ Arn: 'arn:aws:iam::111122223333:role/app/web' }, '111122223333');
    assert.deepEqual(role, {
      arn: 'arn:aws:iam::111122223333:role/app/web',
      accountId: '111122223333',
      region: 'global',
      roleName: 'web',
      roleId: '',
      path: '/',
      inlinePolicies: [],
      attachedManagedPolicies: [],
      instanceProfiles: [],
      tags: {},
    });
    // Before: the absent trust policy failed the account's inventory schema, so the whole account.
    assert.deepEqual(iamRoleSchema.parse(role), role);
  });

  test('names left out (policy, attached policy, instance profile) come from ARNs; an unreadable date is left out', () => {
    const role = roleFromDetail(
      {
        Arn: 'arn:aws:iam::111122223333:role/web',
        RoleName: '',
        CreateDate: new Date('2024-13-45'),
        RolePolicyList: [{ PolicyName: 'inline' }],
        AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
        InstanceProfileList: [{ Arn: 'arn:aws:iam::111122223333:instance-profile/web-profile' } as never],
        RoleLastUsed: { Region: 'eu-west-1' },
      },
      '111122223333',
    );
    assert.equal(role.roleName, 'web');
    assert.equal('createDate' in role, false);
    assert.equal('lastUsed' in role, false);
    assert.deepEqual(role.inlinePolicies, [{ policyName: 'inline', document: undefined }]);
    assert.deepEqual(role.attachedManagedPolicies, [{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]);
    assert.deepEqual(role.instanceProfiles, [{ arn: 'arn:aws:iam::111122223333:instance-profile/web-profile', name: 'web-profile' }]);
    assert.deepEqual(iamRoleSchema.parse(role), role);
    const policy = managedPolicyFromDetail({ Arn: 'arn:aws:iam::111122223333:policy/team/boundary' }, '111122223333');
    assert.deepEqual(policy, {
      arn: 'arn:aws:iam::111122223333:policy/team/boundary',
      accountId: '111122223333',
      region: 'global',
      policyName: 'boundary',
      path: '/',
      awsManaged: false,
      defaultVersionId: '',
      attachmentCount: 0,
      document: undefined,
    });
    assert.deepEqual(managedPolicySchema.parse(policy), policy);
  });
});
