import type { Rule } from '../../engine/rule';
import { containerHits } from './container-hits';
import { TASK_DEFINITION_TYPE } from './task-definition-ref';
import { READS } from '../../engine/reads';

const EXACT = new Set(['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'ECS_ENGINE_AUTH_DATA']);
const PARTS = ['PASSWORD', 'SECRET', 'TOKEN', 'API_KEY'];
/** Name parts that make a variable a setting or a pointer about a credential, not the credential (PASSWORD_MIN_LENGTH). */
const SETTING_PARTS = new Set(['LENGTH', 'MIN', 'MAX', 'FILE', 'PATH', 'ARN', 'POLICY', 'TTL', 'TIMEOUT', 'EXPIRY', 'ENABLED', 'REQUIRED']);

/** By name, or because the collector classified the value as an AWS key (the value itself is never kept). */
export function looksLikeCredential(variable: { name: string; valueKind: string }): boolean {
  if (variable.valueKind === 'aws-access-key-id' || variable.valueKind === 'aws-secret-access-key') return true;
  if (variable.valueKind === 'empty') return false;
  const name = variable.name.toUpperCase();
  if (EXACT.has(name)) return true;
  return PARTS.some((part) => name.includes(part)) && !name.split(/[_.-]/).some((part) => SETTING_PARTS.has(part));
}

export const credentialsInEnvironmentRule: Rule = {
  metadata: {
    id: 'ecs.task-definition.credentials-in-environment',
    title: 'ECS container passes credentials in plain environment variables',
    severity: 'high',
    resourceType: TASK_DEFINITION_TYPE,
    description:
      'A container definition\'s "environment" holds a variable named like a credential (AWS keys, *PASSWORD*, ' +
      '*SECRET*, *TOKEN*, *API_KEY*, ECS_ENGINE_AUTH_DATA) or whose value is an AWS key. Only names are reported.',
    risk:
      'Plain environment values are readable by anyone with ecs:DescribeTaskDefinition and appear in every revision; ' +
      'static AWS keys there bypass the task role entirely.',
    remediation:
      'Move the value to Secrets Manager or SSM Parameter Store and reference it under "secrets"; replace static AWS ' +
      'keys with the task role, and rotate any key that was exposed.',
    references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8'],
    compliance: ['AWS Security Hub ECS.8'],
    reads: { needs: READS.taskDefinitions, enriches: [] },
  },
  evaluate({ inventory }) {
    return containerHits(inventory, (container) => {
      const variables = container.environment.filter(looksLikeCredential).map((variable) => variable.name);
      if (variables.length === 0) return undefined;
      const awsKey = container.environment.some((variable) => variable.valueKind.startsWith('aws-'));
      return {
        problem: `passes ${variables.join(', ')} in plain environment variables`,
        evidence: { variables },
        ...(awsKey ? { severity: 'critical' as const } : {}),
      };
    });
  },
};
