import type { World } from '@rolecall/aws-sim';
import { auditRoleFor } from './audit-role';

export const MANAGEMENT = '111111111111';
export const WORKLOADS = '222222222222';
/** Its audit role is missing: AssumeRole is denied. */
export const LOCKED = '333333333333';
export const SCANNER_ARN = `arn:aws:iam::${MANAGEMENT}:role/rolecall-scanner`;
export const PRIVILEGED_TASK_DEFINITION_ARN = `arn:aws:ecs:us-east-1:${MANAGEMENT}:task-definition/web:3`;

const auditRole = auditRoleFor(SCANNER_ARN);

/** Three accounts, one region: one privileged container, one empty account, one unreachable account. */
export const foundationWorld: World = {
  organization: { id: 'o-foundation01', managementAccountId: MANAGEMENT },
  scanner: { principalArn: SCANNER_ARN },
  accounts: [
    {
      id: MANAGEMENT,
      name: 'management',
      joinedTimestamp: '2024-01-01T00:00:00Z',
      regions: ['us-east-1'],
      iam: { roles: [auditRole] },
      regional: {
        'us-east-1': {
          ecs: {
            clusters: [{ clusterName: 'web' }],
            taskDefinitions: [
              {
                family: 'web',
                revision: 3,
                networkMode: 'awsvpc',
                requiresCompatibilities: ['EC2'],
                registeredAt: '2025-02-01T00:00:00Z',
                containerDefinitions: [
                  { name: 'proxy', image: 'public.ecr.aws/nginx/nginx:1.27', privileged: true },
                  { name: 'app', image: 'public.ecr.aws/docker/library/node:20', privileged: false },
                ],
              },
            ],
          },
        },
      },
    },
    {
      id: WORKLOADS,
      name: 'workloads',
      joinedTimestamp: '2024-01-01T00:00:00Z',
      regions: ['us-east-1'],
      iam: { roles: [auditRole] },
    },
    { id: LOCKED, name: 'locked', joinedTimestamp: '2024-01-01T00:00:00Z', regions: ['us-east-1'] },
  ],
};
