import type { EcsTaskDefinition } from '@rolecall/model';
import { globSubsumes, isMatchAll, matchesGlob } from '../../policy';
import type { Tolerated } from './baseline';

const SECRET_READS = new Set(['secretsmanager:GetSecretValue', 'ssm:GetParameters', 'ssm:GetParameter']);

/** The secret / parameter ARNs task definitions reference (valueFrom, private registry credentials). */
export function referencedArns(definitions: readonly EcsTaskDefinition[]): string[] {
  return definitions.flatMap((definition) =>
    definition.containers.flatMap((container) => [
      ...container.secrets.map((secret) => referenceArn(secret.valueFrom, definition)),
      ...(container.repositoryCredentialsArn === undefined ? [] : [container.repositoryCredentialsArn]),
    ]),
  );
}

/** A Secrets Manager valueFrom may add ":json-key:stage:version"; an SSM one may be a bare parameter name. */
function referenceArn(valueFrom: string, definition: EcsTaskDefinition): string {
  if (!valueFrom.startsWith('arn:')) {
    return `arn:aws:ssm:${definition.region}:${definition.accountId}:parameter/${valueFrom.replace(/^\//, '')}`;
  }
  return valueFrom.startsWith('arn:aws:secretsmanager:') ? valueFrom.split(':').slice(0, 7).join(':') : valueFrom;
}

/** Secrets Manager appends "-" and six random characters to a secret's name. */
function withoutSecretSuffix(arn: string): string {
  return arn.startsWith('arn:aws:secretsmanager:') ? arn.replace(/-[A-Za-z0-9]{6}$/, '') : arn;
}

/** Reading exactly the referenced secrets (with Secrets Manager's random suffix) and decrypting with named keys. */
export function referencedSecretsTolerated(references: readonly string[]): Tolerated {
  return (action, pattern) => {
    if (action === 'kms:Decrypt') return references.length > 0 && !isMatchAll(pattern);
    return (
      SECRET_READS.has(action) &&
      references.some((reference) => matchesGlob(pattern, reference) && globSubsumes(`${withoutSecretSuffix(reference)}*`, pattern))
    );
  };
}
