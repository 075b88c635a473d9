import type { Rule } from '../../engine/rule';
import { credentialsInEnvironmentRule } from './credentials-in-environment.rule';
import { dangerousCapabilitiesRule } from './dangerous-capabilities.rule';
import { execEnabledRule } from './exec-enabled.rule';
import { hostNamespacesRule } from './host-namespaces.rule';
import { privilegedContainerRule } from './privileged-container.rule';
import { rootUserRule } from './root-user.rule';
import { sensitiveHostMountsRule } from './sensitive-host-mounts.rule';
import { taskExecEnabledRule } from './task-exec-enabled.rule';
import { userNotVerifiedRule } from './user-not-verified.rule';
import { writableRootFilesystemRule } from './writable-root-filesystem.rule';

/** Container hardening in ECS task definitions. */
export const CONTAINER_RULES: readonly Rule[] = [
  privilegedContainerRule,
  rootUserRule,
  userNotVerifiedRule,
  writableRootFilesystemRule,
  dangerousCapabilitiesRule,
  hostNamespacesRule,
  sensitiveHostMountsRule,
  credentialsInEnvironmentRule,
  execEnabledRule,
  taskExecEnabledRule,
];
