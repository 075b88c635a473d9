import type { World } from '@rolecall/aws-sim';
import { auditRoleFor } from './audit-role';

export const [HUB, SPOKE, TARGET] = ['111111111111', '222222222222', '333333333333'];
const SCANNER_ARN = `arn:aws:iam::${HUB}:role/rolecall-scanner`;
export const STALE_ISSUER = 'oidc.eks.us-east-1.amazonaws.com/id/DELETEDCLUSTER0000000000000000';

const statement = (Principal: Record<string, string>, Action: string, Condition?: Record<string, Record<string, string>>) => ({
  Effect: 'Allow' as const,
  Principal,
  Action,
  ...(Condition === undefined ? {} : { Condition }),
});
const trust = (...Statement: ReturnType<typeof statement>[]) => ({ Version: '2012-10-17' as const, Statement });
const allow = (Action: string, Resource: string) => ({ Version: '2012-10-17' as const, Statement: [{ Effect: 'Allow' as const, Action, Resource }] });

const auditRole = auditRoleFor(SCANNER_ARN);
const role = (RoleName: string, AssumeRolePolicyDocument: ReturnType<typeof trust>, extra: object = {}) => ({
  RoleName,
  CreateDate: '2025-01-01T00:00:00Z',
  AssumeRolePolicyDocument,
  ...extra,
});

/**
 * Cases the sample organization lacks: a task role that reaches an admin role two accounts away
 * (hub task -> spoke hop -> target admin), a public trust, a dangling principal, and an IRSA trust of
 * an OIDC provider that neither the account nor any cluster of the organization has.
 */
export const rulesPart1World: World = {
  organization: { id: 'o-rulespart1', managementAccountId: HUB },
  scanner: { principalArn: SCANNER_ARN },
  accounts: [
    {
      id: HUB,
      name: 'hub',
      joinedTimestamp: '2024-01-01T00:00:00Z',
      regions: ['us-east-1'],
      iam: {
        roles: [
          auditRole,
          role('web-task', trust(statement({ Service: 'ecs-tasks.amazonaws.com' }, 'sts:AssumeRole', { StringEquals: { 'aws:SourceAccount': HUB } })), {
            RolePolicyList: [{ PolicyName: 'hop', PolicyDocument: allow('sts:AssumeRole', `arn:aws:iam::${SPOKE}:role/hop`) }],
          }),
          role('open-role', trust(statement({ AWS: '*' }, 'sts:AssumeRole'))),
          role('old-ci', trust(statement({ AWS: 'AROA3EXAMPLEDELETED01' }, 'sts:AssumeRole'))),
        ],
      },
      regional: {
        'us-east-1': {
          ecs: {
            clusters: [{ clusterName: 'web' }],
            taskDefinitions: [
              {
                family: 'web',
                revision: 1,
                networkMode: 'awsvpc',
                requiresCompatibilities: ['FARGATE'],
                registeredAt: '2025-02-01T00:00:00Z',
                taskRoleArn: `arn:aws:iam::${HUB}:role/web-task`,
                containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/docker/library/node:20' }],
              },
            ],
          },
        },
      },
    },
    {
      id: SPOKE,
      name: 'spoke',
      joinedTimestamp: '2024-01-01T00:00:00Z',
      regions: ['us-east-1'],
      iam: {
        roles: [
          auditRole,
          role('hop', trust(statement({ AWS: `arn:aws:iam::${HUB}:root` }, 'sts:AssumeRole')), {
            RolePolicyList: [{ PolicyName: 'admin-hop', PolicyDocument: allow('sts:AssumeRole', `arn:aws:iam::${TARGET}:role/*`) }],
          }),
          role(
            'irsa-stale',
            trust(
              statement({ Federated: `arn:aws:iam::${SPOKE}:oidc-provider/${STALE_ISSUER}` }, 'sts:AssumeRoleWithWebIdentity', {
                StringEquals: { [`${STALE_ISSUER}:sub`]: 'system:serviceaccount:app:api' },
              }),
            ),
          ),
        ],
      },
    },
    {
      id: TARGET,
      name: 'target',
      joinedTimestamp: '2024-01-01T00:00:00Z',
      regions: ['us-east-1'],
      iam: {
        roles: [
          auditRole,
          role('admin', trust(statement({ AWS: `arn:aws:iam::${SPOKE}:role/hop` }, 'sts:AssumeRole')), {
            AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
          }),
        ],
      },
    },
  ],
};
