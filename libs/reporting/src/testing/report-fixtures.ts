import { createHash } from 'node:crypto';
import type { ReportFinding, ReportRule } from '../sarif/sarif-input';

export const RULE_A: ReportRule = {
  id: 'ecs.container.privileged',
  title: 'Privileged ECS container',
  severity: 'high',
  resourceType: 'AWS::ECS::TaskDefinition',
  description: 'A container runs privileged.',
  risk: 'A privileged container can take over its host and the host role.',
  remediation: 'Set privileged to false.',
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html'],
  compliance: ['AWS Security Hub ECS.4'],
};

/** A finding on `arn:aws:ecs:us-east-1:<account>:task-definition/<name>:1` with a fingerprint derived from rule + ARN. */
export function aReportFinding(name: string, overrides: Partial<ReportFinding> = {}): ReportFinding {
  const accountId = overrides.accountId ?? '111111111111';
  const ruleId = overrides.ruleId ?? RULE_A.id;
  const arn = `arn:aws:ecs:us-east-1:${accountId}:task-definition/${name}:1`;
  return {
    fingerprint: createHash('sha256').update(`${ruleId}\0${arn}`).digest('hex'),
    ruleId,
    severity: 'high',
    title: RULE_A.title,
    message: `Container app in ${name} runs privileged.`,
    accountId,
    region: 'us-east-1',
    resource: { arn, type: 'AWS::ECS::TaskDefinition', name: `${name}:1` },
    remediation: RULE_A.remediation,
    state: 'new',
    suppression: null,
    ...overrides,
  };
}
