import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeGrants, type RolePermissions } from './permission-grants';
import { policy, smallCatalog } from './testing.fixtures';

const grantsOf = (permissions: RolePermissions) => computeGrants(permissions, smallCatalog);
const scopesOf = (permissions: RolePermissions, action: string) => grantsOf(permissions).get(action)?.scopes;
const actionsOf = (permissions: RolePermissions) => [...grantsOf(permissions).values()].map((grant) => grant.action);

describe('computeGrants', () => {
  test('a Deny on * removes the action; other actions keep their scopes and sources', () => {
    const permissions = {
      policies: [
        policy('app', { Sid: 'S3', Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::data/*' }),
        policy('guard', { Effect: 'Deny', Action: ['s3:PutObject', 's3:Delete*'], Resource: '*' }),
      ],
    };
    assert.deepEqual(actionsOf(permissions), ['s3:GetObject', 's3:ListBucket', 's3:PutBucketPolicy']);
    assert.deepEqual(grantsOf(permissions).get('S3:GETOBJECT'), {
      action: 's3:GetObject',
      scopes: [{ pattern: 'arn:aws:s3:::data/*', except: [], conditional: false, statements: [{ policy: 'app', statement: 0, sid: 'S3' }] }],
    });
  });

  test('Allow with NotResource grants everything but the listed resources', () => {
    const scopes = scopesOf(
      { policies: [policy('p', { Effect: 'Allow', Action: 'iam:PassRole', NotResource: 'arn:aws:iam::111122223333:role/admin' })] },
      'iam:PassRole',
    );
    assert.deepEqual(scopes?.map(({ pattern, except }) => ({ pattern, except })), [
      { pattern: '*', except: ['arn:aws:iam::111122223333:role/admin'] },
    ]);
  });

  test('Deny with NotResource narrows * down to the spared resources', () => {
    const permissions = {
      policies: [
        policy('p', { Effect: 'Allow', Action: 's3:*', Resource: '*' }),
        policy('fence', { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] }),
      ],
    };
    assert.deepEqual(scopesOf(permissions, 's3:GetObject')?.map((s) => s.pattern), ['arn:aws:s3:::data', 'arn:aws:s3:::data/*']);
  });

  test('a Deny covering part of a scope becomes an exception', () => {
    const permissions = {
      policies: [
        policy('p', { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }),
        policy('d', { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/secret/*' }),
      ],
    };
    assert.deepEqual(scopesOf(permissions, 's3:GetObject')?.map(({ pattern, except }) => ({ pattern, except })), [
      { pattern: 'arn:aws:s3:::data/*', except: ['arn:aws:s3:::data/secret/*'] },
    ]);
  });

  test('conditions: an Allow on principal-bound keys is conditional, a conditional Deny only marks what it may touch', () => {
    const permissions = {
      policies: [
        policy(
          'p',
          { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'ops' } } },
          { Effect: 'Allow', Action: 'ec2:TerminateInstances', Resource: '*' },
          { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
          { Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } },
        ),
      ],
    };
    assert.equal(scopesOf(permissions, 'ec2:RunInstances')?.[0].conditional, true);
    assert.equal(scopesOf(permissions, 'ec2:terminateinstances')?.[0].conditional, true);
    assert.equal(scopesOf(permissions, 'ec2:DescribeInstances')?.[0].conditional, false);
  });

  test('an Allow on caller-controlled keys is not conditional: the scope requires the request the caller can send', () => {
    const permissions = {
      policies: [
        policy(
          'p',
          { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
          { Effect: 'Allow', Action: 'ec2:TerminateInstances', Resource: '*' },
          { Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } },
        ),
      ],
    };
    const [run] = scopesOf(permissions, 'ec2:RunInstances') ?? [];
    assert.equal(run.conditional, false);
    assert.deepEqual(run.requires?.context, { 'aws:RequestedRegion': 'eu-west-1' });
    const [terminate] = scopesOf(permissions, 'ec2:TerminateInstances') ?? [];
    assert.equal(terminate.conditional, false);
    assert.deepEqual(terminate.requires?.context, { 'aws:RequestedRegion': 'us-east-1' });
  });

  test('an Allow and a Deny on the same caller key that no request separates stay conditional', () => {
    const permissions = {
      policies: [
        policy(
          'p',
          { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
          { Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringLike: { 'aws:RequestedRegion': 'eu-*' } } },
        ),
      ],
    };
    const [run] = scopesOf(permissions, 'ec2:RunInstances') ?? [];
    assert.equal(run.conditional, true);
    assert.equal(run.requires, undefined);
  });

  test('IAM requests are signed for us-east-1: a region guardrail without a global-service exemption denies them', () => {
    const permissions = {
      policies: [
        policy(
          'p',
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
        ),
      ],
    };
    assert.equal(scopesOf(permissions, 'iam:PutRolePolicy')?.[0].conditional, true);
    assert.deepEqual(scopesOf(permissions, 'ec2:RunInstances')?.[0].requires?.context, { 'aws:RequestedRegion': 'eu-west-1' });
  });

  test('an unconditional and a conditional Allow of the same scope merge into an unconditional one', () => {
    const permissions = {
      policies: [
        policy('a', { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } }),
        policy('b', { Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
      ],
    };
    assert.deepEqual(scopesOf(permissions, 'kms:Decrypt'), [
      { pattern: '*', except: [], conditional: false, statements: [{ policy: 'a', statement: 0 }, { policy: 'b', statement: 0 }] },
    ]);
  });

  test('the permissions boundary caps actions and resources', () => {
    const permissions = {
      policies: [policy('admin', { Effect: 'Allow', Action: '*', Resource: '*' })],
      permissionsBoundary: policy(
        'boundary',
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' },
        { Effect: 'Allow', Action: 'ecs:*', Resource: '*' },
      ),
    };
    assert.deepEqual(actionsOf(permissions), ['ecs:DescribeTasks', 'ecs:RegisterTaskDefinition', 'ecs:RunTask', 's3:GetObject']);
    assert.deepEqual(scopesOf(permissions, 's3:GetObject'), [
      {
        pattern: 'arn:aws:s3:::data/*',
        except: [],
        conditional: false,
        statements: [{ policy: 'admin', statement: 0 }, { policy: 'boundary', statement: 0 }],
      },
    ]);
  });

  test('actions the catalog does not know are kept as written, and Deny wildcards still reach them', () => {
    const allow = policy('p', { Effect: 'Allow', Action: ['s3:GetObjectTorrentV2', 'ec2:NewThing'], Resource: '*' });
    const deny = policy('d', { Effect: 'Deny', Action: 'EC2:*', Resource: '*' });
    assert.deepEqual(actionsOf({ policies: [allow, deny] }), ['s3:GetObjectTorrentV2']);
    assert.equal(grantsOf({ policies: [allow] }).get('S3:getobjecttorrentv2')?.action, 's3:GetObjectTorrentV2');
  });

  test('Allow NotAction grants every other catalog action', () => {
    const grants = grantsOf({ policies: [policy('p', { Effect: 'Allow', NotAction: ['iam:*', 'sts:*', 's3:*', 'ec2:*'], Resource: '*' })] });
    assert.deepEqual([...grants.values()].map((g) => g.action), [
      'dynamodb:PutItem',
      'dynamodb:Scan',
      'ecs:DescribeTasks',
      'ecs:RegisterTaskDefinition',
      'ecs:RunTask',
      'kms:Decrypt',
      'organizations:ListAccounts',
      'secretsmanager:GetSecretValue',
    ]);
    assert.equal(grants.size, 8);
  });

  test('over 30 statements (no bit mask) the grants are the same as with the statements merged into few', () => {
    const statements = Array.from({ length: 32 }, (_, i) => ({ Effect: 'Allow', Action: i % 2 === 0 ? 's3:Get*' : 'ec2:Describe*', Resource: `arn:aws:s3:::b${i % 2}/*` }));
    const many = { policies: [policy('p', ...statements, { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b0/secret/*' })] };
    const few = {
      policies: [
        policy('p', statements[0], statements[1], { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b0/secret/*' }),
      ],
    };
    const outline = (permissions: RolePermissions) =>
      [...grantsOf(permissions).values()].map(({ action, scopes }) => ({ action, patterns: scopes.map(({ pattern, except }) => ({ pattern, except })) }));
    assert.deepEqual(outline(many), [
      { action: 'ec2:DescribeInstances', patterns: [{ pattern: 'arn:aws:s3:::b1/*', except: [] }] },
      { action: 's3:GetObject', patterns: [{ pattern: 'arn:aws:s3:::b0/*', except: ['arn:aws:s3:::b0/secret/*'] }] },
    ]);
    assert.deepEqual(outline(many), outline(few));
    assert.equal(grantsOf(many).get('s3:GetObject')?.scopes[0]?.statements.length, 16);
  });
});

