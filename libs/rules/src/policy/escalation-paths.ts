import { ESCALATION_PATHS, type EscalationStepDefinition } from './escalation-paths.catalog';
import type { GrantMap } from './grant-map';
import { isConditional, resourcesOf, statementsOf } from './grant-queries';
import type { StatementRef } from './policy-document.types';
import { coversAnyRole } from './sensitive-actions';

export interface EscalationGrant {
  readonly action: string;
  readonly resources: readonly string[];
  readonly conditional: boolean;
}

export interface EscalationPath {
  readonly id: string;
  readonly title: string;
  /** The granted actions that make up the path (every held alternative of every step). */
  readonly grants: readonly EscalationGrant[];
  /** True when some step is held only under conditions. */
  readonly conditional: boolean;
  readonly statements: readonly StatementRef[];
}

/** The escalation paths whose every step is granted, in catalog order. */
export function findEscalationPaths(grants: GrantMap): EscalationPath[] {
  return ESCALATION_PATHS.flatMap((path) => {
    const steps = path.steps.map((definition) => heldActions(grants, definition));
    if (steps.some((held) => held.length === 0)) return [];
    const held = steps.flat();
    const refs = new Map(held.flatMap(statementsOf).map((ref) => [`${ref.policy}#${ref.statement}`, ref]));
    return [{
      id: path.id,
      title: path.title,
      grants: held.map((grant) => ({ action: grant.action, resources: resourcesOf(grant), conditional: isConditional(grant) })),
      conditional: steps.some((stepGrants) => stepGrants.every(isConditional)),
      statements: [...refs.values()],
    }];
  });
}

function heldActions(grants: GrantMap, definition: EscalationStepDefinition) {
  return definition.anyOf.flatMap((action) => {
    const grant = grants.get(action);
    if (grant === undefined) return [];
    if (!definition.anyRole) return [grant];
    const scopes = grant.scopes.filter((scope) => coversAnyRole(scope.pattern));
    return scopes.length === 0 ? [] : [{ ...grant, scopes }];
  });
}
