import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aPodIdentityAssociation, aRole, aTaskDefinition, aTrustPolicy, anInventory } from '@rolecall/model/testing';
import { workloadRoles } from './workload-roles';

test('workload roles: ECS task roles, IRSA and Pod Identity roles; node and execution roles are not', () => {
  const task = aRole({ roleName: 'task' });
  const execution = aRole({ roleName: 'exec' });
  const irsa = aRole({
    roleName: 'irsa',
    trustPolicy: aTrustPolicy(
      { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC' },
      'sts:AssumeRoleWithWebIdentity',
    ),
  });
  const githubOidc = aRole({
    roleName: 'ci',
    trustPolicy: aTrustPolicy({ Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, 'sts:AssumeRoleWithWebIdentity'),
  });
  const podByTrust = aRole({ roleName: 'pod-trust', trustPolicy: aTrustPolicy({ Service: 'pods.eks.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']) });
  const podByAssociation = aRole({ roleName: 'pod-assoc', trustPolicy: aTrustPolicy({ AWS: 'arn:aws:iam::111122223333:root' }) });
  const node = aRole({ roleName: 'node', trustPolicy: aTrustPolicy({ Service: 'ec2.amazonaws.com' }) });
  const inventory = anInventory({
    ecs: { taskDefinitions: [aTaskDefinition({ taskRoleArn: task.arn, executionRoleArn: execution.arn })] },
    eks: { podIdentityAssociations: [aPodIdentityAssociation({ roleArn: podByAssociation.arn })] },
  });
  const roles = [task, execution, irsa, githubOidc, podByTrust, podByAssociation, node];
  assert.deepEqual(
    workloadRoles(roles, inventory.ecs, inventory.eks).map((role) => role.roleName),
    ['task', 'irsa', 'pod-trust', 'pod-assoc'],
  );
});
