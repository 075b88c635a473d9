import type { Rule } from '../../engine/rule';
import { privilegedContainerRule } from './privileged-container.rule';

/** Container hardening in ECS task definitions. */
export const CONTAINER_RULES: readonly Rule[] = [privilegedContainerRule];
