import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { trustGrants, trustHit } from './role-trust';
import { READS } from '../../engine/reads';

export const ECS_TASKS_SERVICE = 'ecs-tasks.amazonaws.com';

export const ecsTasksConfusedDeputyRule: Rule = {
  metadata: {
    id: 'iam.role.ecs-tasks-confused-deputy',
    title: 'ECS task role trust lacks aws:SourceAccount / aws:SourceArn',
    severity: 'low',
    resourceType: ROLE_TYPE,
    description:
      'The trust policy lets ecs-tasks.amazonaws.com assume the role with no aws:SourceAccount, aws:SourceArn or ' +
      'aws:SourceOrgID condition.',
    risk:
      'Without confused-deputy conditions, ECS may be induced to hand the role to a task started on behalf of ' +
      'another account that knows the role ARN.',
    remediation:
      'Add to the trust statement: "Condition": {"StringEquals": {"aws:SourceAccount": "<account id>"}, ' +
      '"ArnLike": {"aws:SourceArn": "arn:aws:ecs:<region>:<account id>:*"}}.',
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    ],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return trustGrants(context)
      .filter(({ grant }) => grant.principalKind === 'service' && grant.principal === ECS_TASKS_SERVICE)
      .filter(({ grant }) => !grant.confusedDeputyProtected)
      .map(({ role, grant }) =>
        trustHit(context, role, grant, {
          severity: 'low',
          message: `Role ${role.roleName} trusts ${ECS_TASKS_SERVICE} without aws:SourceAccount or aws:SourceArn.`,
          evidence: { sourceConditions: grant.sourceConstraints.map((c) => `${c.operator} ${c.key}`) },
        }),
      );
  },
};
