import type { IamInventory, IamRole } from '@rolecall/model';
import { EXTERNAL_ID, MEMBER_ROLE, SCANNER_ARN, trust } from './world-parts.fixture';
import { OIDC_URL, PROD, role } from './prod-iam.fixture';

const CREATED_ISO = '2024-01-01T00:00:00.000Z';
const allow = (action: string | string[], resource = '*') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] });
const global = { accountId: PROD, region: 'global' };

function expectedRole(name: string, roleId: string, trustPolicy: unknown, rest: Partial<IamRole> = {}): IamRole {
  return {
    arn: role(name),
    ...global,
    roleName: name,
    roleId,
    path: '/',
    createDate: CREATED_ISO,
    trustPolicy,
    inlinePolicies: [],
    attachedManagedPolicies: [],
    instanceProfiles: [],
    tags: {},
    ...rest,
  };
}

const ecsTasks = trust({ Service: 'ecs-tasks.amazonaws.com' });
const ec2 = trust({ Service: 'ec2.amazonaws.com' });
const OIDC_HOST = OIDC_URL.replace('https://', '');

/** What collecting workloads-prod must find in IAM, exactly. */
export const PROD_IAM: IamInventory = {
  roles: [
    expectedRole(MEMBER_ROLE, 'AROAMEMBERROLE0000001', trust({ AWS: SCANNER_ARN }, 'sts:AssumeRole', { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } })),
    expectedRole('web-task', 'AROAWEBTASK00000001', ecsTasks, {
      inlinePolicies: [{ policyName: 'read-bucket', document: allow('s3:GetObject', 'arn:aws:s3:::web-assets/*') }],
      tags: { team: 'web' },
      lastUsed: { date: '2025-06-01T10:00:00.000Z', region: 'us-east-1' },
      serviceLastAccessed: [],
    }),
    expectedRole('web-exec', 'AROAWEBEXEC00000001', ecsTasks, {
      attachedManagedPolicies: [
        { policyName: 'AmazonECSTaskExecutionRolePolicy', policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' },
      ],
    }),
    expectedRole('ecs-instance', 'AROAECSINSTANCE0001', ec2, {
      attachedManagedPolicies: [{ policyName: 'ecs-instance-extra', policyArn: `arn:aws:iam::${PROD}:policy/ecs-instance-extra` }],
      permissionsBoundaryArn: `arn:aws:iam::${PROD}:policy/boundary`,
      instanceProfiles: [{ arn: `arn:aws:iam::${PROD}:instance-profile/ecs-instance`, name: 'ecs-instance' }],
    }),
    expectedRole(
      'payments-irsa',
      'AROAPAYMENTSIRSA001',
      trust({ Federated: `arn:aws:iam::${PROD}:oidc-provider/${OIDC_HOST}` }, 'sts:AssumeRoleWithWebIdentity', {
        StringEquals: { [`${OIDC_HOST}:sub`]: 'system:serviceaccount:payments:api' },
      }),
      {
        serviceLastAccessed: [
          { serviceNamespace: 's3', serviceName: 'Amazon S3', lastAuthenticated: '2025-06-02T00:00:00.000Z', lastAuthenticatedRegion: 'eu-west-1' },
          { serviceNamespace: 'dynamodb', serviceName: 'Amazon DynamoDB' },
        ],
      },
    ),
    expectedRole(
      'pod-reader',
      'AROAPODREADER000001',
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'pods.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }] },
      { serviceLastAccessed: [] },
    ),
    expectedRole('eks-node', 'AROAEKSNODE00000001', ec2, {
      attachedManagedPolicies: [{ policyName: 'AmazonEKSWorkerNodePolicy', policyArn: 'arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy' }],
    }),
  ],
  managedPolicies: [
    {
      arn: `arn:aws:iam::${PROD}:policy/ecs-instance-extra`,
      ...global,
      policyName: 'ecs-instance-extra',
      path: '/',
      awsManaged: false,
      defaultVersionId: 'v2',
      attachmentCount: 1,
      document: allow('ssm:GetParameter', `arn:aws:ssm:us-east-1:${PROD}:parameter/ecs/*`),
    },
    { arn: `arn:aws:iam::${PROD}:policy/boundary`, ...global, policyName: 'boundary', path: '/', awsManaged: false, defaultVersionId: 'v1', attachmentCount: 0, document: allow('ssm:*') },
    {
      arn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
      ...global,
      policyName: 'AmazonECSTaskExecutionRolePolicy',
      path: '/service-role/',
      awsManaged: true,
      defaultVersionId: 'v1',
      attachmentCount: 1,
      document: allow(
        ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'logs:CreateLogStream', 'logs:PutLogEvents'],
      ),
    },
    {
      arn: 'arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy',
      ...global,
      policyName: 'AmazonEKSWorkerNodePolicy',
      path: '/',
      awsManaged: true,
      defaultVersionId: 'v3',
      attachmentCount: 1,
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'WorkerNodePermissions',
            Effect: 'Allow',
            Action: [
              'ec2:DescribeInstances', 'ec2:DescribeInstanceTypes', 'ec2:DescribeRouteTables', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets',
              'ec2:DescribeVolumes', 'ec2:DescribeVolumesModifications', 'ec2:DescribeVpcs', 'eks:DescribeCluster', 'eks-auth:AssumeRoleForPodIdentity',
            ],
            Resource: '*',
          },
        ],
      },
    },
  ],
  oidcProviders: [
    {
      arn: `arn:aws:iam::${PROD}:oidc-provider/${OIDC_HOST}`,
      ...global,
      url: OIDC_HOST,
      clientIds: ['sts.amazonaws.com'],
      thumbprints: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
      tags: {},
    },
  ],
};
