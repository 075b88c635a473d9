import type { ContainerDefinition as SdkContainer, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import type { ContainerDefinition, EcsTaskDefinition, EnvValueKind } from '@rolecall/model';
import type { Place } from './ecs.transform';
import { compact, nameFromArn, strings, tagsFrom } from './shared';

/** Classifies an environment value without keeping it: plaintext keys are what the rules look for. */
export function envValueKind(value: string | undefined): EnvValueKind {
  if (!value) return 'empty';
  if (/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(value)) return 'aws-access-key-id';
  if (/^[A-Za-z0-9/+]{40}$/.test(value)) return 'aws-secret-access-key';
  return 'text';
}

function containerFrom(container: SdkContainer): ContainerDefinition {
  const capabilities = container.linuxParameters?.capabilities;
  return compact({
    name: container.name ?? '',
    image: container.image,
    essential: container.essential,
    privileged: container.privileged,
    user: container.user,
    readonlyRootFilesystem: container.readonlyRootFilesystem,
    capabilitiesAdd: strings(capabilities?.add),
    capabilitiesDrop: strings(capabilities?.drop),
    environment: (container.environment ?? []).map((pair) => ({ name: pair.name ?? '', valueKind: envValueKind(pair.value) })),
    secrets: (container.secrets ?? []).map((secret) => ({ name: secret.name ?? '', valueFrom: secret.valueFrom ?? '' })),
    repositoryCredentialsArn: container.repositoryCredentials?.credentialsParameter,
    mountPoints: (container.mountPoints ?? []).map((mount) => ({
      sourceVolume: mount.sourceVolume ?? '',
      containerPath: mount.containerPath ?? '',
      readOnly: mount.readOnly ?? false,
    })),
  });
}

export function taskDefinitionFrom(
  definition: TaskDefinition,
  tags: Tag[] | undefined,
  latestActive: boolean,
  place: Place,
): EcsTaskDefinition {
  const arn = definition.taskDefinitionArn ?? '';
  // "arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>", for answers that leave them out.
  const [arnFamily, arnRevision] = nameFromArn(arn).split(':');
  return compact({
    arn,
    ...place,
    family: definition.family || arnFamily,
    revision: definition.revision ?? (Number(arnRevision) || 0),
    status: definition.status ?? '',
    latestActive,
    taskRoleArn: definition.taskRoleArn,
    executionRoleArn: definition.executionRoleArn,
    networkMode: definition.networkMode,
    pidMode: definition.pidMode,
    ipcMode: definition.ipcMode,
    requiresCompatibilities: strings(definition.requiresCompatibilities),
    volumes: (definition.volumes ?? []).map((volume) =>
      compact({ name: volume.name ?? '', hostSourcePath: volume.host?.sourcePath }),
    ),
    containers: (definition.containerDefinitions ?? []).map(containerFrom),
    tags: tagsFrom(tags),
  });
}
