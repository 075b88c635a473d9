import { CREATED, memberRole, trust, type WorldAccount } from './world-parts.fixture';

export const PROD = '222222222222';
export const ECS_LT = 'lt-0aaaaaaaaaaaaaaa1';
export const UNUSED_LT = 'lt-0bbbbbbbbbbbbbbb2';
export const EKS_LT = 'lt-0ccccccccccccccc3';
export const OIDC_URL = 'https://oidc.eks.eu-west-1.amazonaws.com/id/PAYMENTS0001';
export const ECS_USER_DATA = '#!/bin/bash\necho ECS_CLUSTER=prod >> /etc/ecs/ecs.config\necho ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config\n';
export const LC_USER_DATA = '#!/bin/bash\niptables --insert FORWARD 1 --in-interface docker+ --destination 169.254.169.254/32 --jump DROP\n';
export const PLAINTEXT_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export const role = (name: string) => `arn:aws:iam::${PROD}:role/${name}`;
const policy = (name: string) => `arn:aws:iam::${PROD}:policy/${name}`;
export const base64 = (text: string) => Buffer.from(text).toString('base64');
const allow = (action: string, resource = '*') => ({ Version: '2012-10-17' as const, Statement: [{ Effect: 'Allow' as const, Action: action, Resource: resource }] });
export const taskDefinitionArn = (familyRevision: string) => `arn:aws:ecs:us-east-1:${PROD}:task-definition/${familyRevision}`;
export const container = (name: string) => ({ name, image: `${PROD}.dkr.ecr.us-east-1.amazonaws.com/${name}:1` });

type Iam = NonNullable<WorldAccount['iam']>;

export function prodIam(): Iam {
  return {
    roles: [
      memberRole(),
      {
        RoleName: 'web-task',
        RoleId: 'AROAWEBTASK00000001',
        CreateDate: CREATED,
        AssumeRolePolicyDocument: trust({ Service: 'ecs-tasks.amazonaws.com' }),
        RolePolicyList: [{ PolicyName: 'read-bucket', PolicyDocument: allow('s3:GetObject', 'arn:aws:s3:::web-assets/*') }],
        Tags: [{ Key: 'team', Value: 'web' }],
        RoleLastUsed: { LastUsedDate: '2025-06-01T10:00:00Z', Region: 'us-east-1' },
      },
      {
        RoleName: 'web-exec',
        RoleId: 'AROAWEBEXEC00000001',
        CreateDate: CREATED,
        AssumeRolePolicyDocument: trust({ Service: 'ecs-tasks.amazonaws.com' }),
        AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' }],
      },
      {
        RoleName: 'ecs-instance',
        RoleId: 'AROAECSINSTANCE0001',
        CreateDate: CREATED,
        AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }),
        AttachedManagedPolicies: [{ PolicyArn: policy('ecs-instance-extra') }],
        PermissionsBoundary: { PermissionsBoundaryArn: policy('boundary') },
        InstanceProfileList: [{ InstanceProfileName: 'ecs-instance', InstanceProfileId: 'AIPAECSINSTANCE0001' }],
      },
      {
        RoleName: 'payments-irsa',
        RoleId: 'AROAPAYMENTSIRSA001',
        CreateDate: CREATED,
        AssumeRolePolicyDocument: trust(
          { Federated: `arn:aws:iam::${PROD}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/PAYMENTS0001` },
          'sts:AssumeRoleWithWebIdentity',
          { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/PAYMENTS0001:sub': 'system:serviceaccount:payments:api' } },
        ),
        ServicesLastAccessed: [
          { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: '2025-06-02T00:00:00Z', LastAuthenticatedRegion: 'eu-west-1' },
          { ServiceName: 'Amazon DynamoDB', ServiceNamespace: 'dynamodb' },
        ],
      },
      {
        RoleName: 'pod-reader',
        RoleId: 'AROAPODREADER000001',
        CreateDate: CREATED,
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'pods.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }] },
      },
      {
        RoleName: 'eks-node',
        RoleId: 'AROAEKSNODE00000001',
        CreateDate: CREATED,
        AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }),
        AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy' }],
      },
    ],
    policies: [
      {
        PolicyName: 'ecs-instance-extra',
        CreateDate: CREATED,
        DefaultVersionId: 'v2',
        PolicyVersionList: [
          { VersionId: 'v1', Document: allow('*'), CreateDate: CREATED },
          { VersionId: 'v2', Document: allow('ssm:GetParameter', `arn:aws:ssm:us-east-1:${PROD}:parameter/ecs/*`), CreateDate: CREATED },
        ],
      },
      {
        PolicyName: 'boundary',
        CreateDate: CREATED,
        DefaultVersionId: 'v1',
        PolicyVersionList: [{ VersionId: 'v1', Document: allow('ssm:*'), CreateDate: CREATED }],
      },
    ],
    openIdConnectProviders: [
      { Url: OIDC_URL, ClientIDList: ['sts.amazonaws.com'], ThumbprintList: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'], CreateDate: CREATED },
    ],
  };
}

