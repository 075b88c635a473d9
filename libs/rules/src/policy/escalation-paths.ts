import { serviceOf } from './action-catalog.model';
import { parseArn } from './arn.parser';
import { ESCALATION_PATHS, type EscalationStepDefinition } from './escalation-paths.catalog';
import type { ActionGrant, GrantMap } from './grant-map';
import { describeRequirements, isConditional, resourcesOf, statementsOf } from './grant-queries';
import type { StatementRef } from './policy-document.types';
import type { ResourceScope } from './resource-scope';
import { coversAnyRole } from './sensitive-actions';
import { matchesGlob } from './wildcard.matcher';

export interface EscalationGrant {
  readonly action: string;
  readonly resources: readonly string[];
  readonly conditional: boolean;
  /** Caller-controlled conditions the request must meet (e.g. `aws:RequestedRegion=us-east-1`); absent when none. */
  readonly conditionsMet?: readonly string[];
}

export interface EscalationPath {
  readonly id: string;
  readonly title: string;
  /** The granted actions that make up the path (every held alternative of every step). */
  readonly grants: readonly EscalationGrant[];
  /** True when some step is held only under conditions that restrict (principal, resource, organization). */
  readonly conditional: boolean;
  /** When conditional: the condition keys and policy variables the restricting steps depend on. */
  readonly dependsOn?: readonly string[];
  readonly statements: readonly StatementRef[];
}

/**
 * The escalation paths whose every step is granted, in catalog order. A grant counts only on
 * resources its action can act on: an IAM action allowed only on S3 ARNs holds no path.
 */
export function findEscalationPaths(grants: GrantMap): EscalationPath[] {
  return ESCALATION_PATHS.flatMap((path) => {
    const steps = path.steps.map((definition) => heldActions(grants, definition));
    if (steps.some((held) => held.length === 0)) return [];
    const held = steps.flat();
    const refs = new Map(held.flatMap(statementsOf).map((ref) => [`${ref.policy}#${ref.statement}`, ref]));
    const restricting = steps.filter((stepGrants) => stepGrants.every(isConditional));
    const dependsOn = [...new Set(restricting.flat().flatMap((grant) => grant.scopes.flatMap((scope) => scope.dependsOn ?? [])))].sort();
    return [{
      id: path.id,
      title: path.title,
      grants: held.map(describeGrant),
      conditional: restricting.length > 0,
      ...(dependsOn.length === 0 ? {} : { dependsOn }),
      statements: [...refs.values()],
    }];
  });
}

function describeGrant(grant: ActionGrant): EscalationGrant {
  const free = grant.scopes.filter((scope) => !scope.conditional);
  const needsNothing = free.some((scope) => scope.requires === undefined);
  const conditionsMet = needsNothing ? [] : describeRequirements(free);
  return {
    action: grant.action,
    resources: resourcesOf(grant),
    conditional: isConditional(grant),
    ...(conditionsMet.length === 0 ? {} : { conditionsMet }),
  };
}

function heldActions(grants: GrantMap, definition: EscalationStepDefinition): ActionGrant[] {
  return definition.anyOf.flatMap((action) => {
    const grant = grants.get(action);
    if (grant === undefined) return [];
    const scopes = grant.scopes.filter(
      (scope) => actsOn(grant.action, scope) && (!definition.anyRole || coversAnyRole(scope.pattern)),
    );
    return scopes.length === 0 ? [] : [{ ...grant, scopes }];
  });
}

/** The services whose resources an action acts on, when not its own (sts:AssumeRole on IAM roles). */
const RESOURCE_SERVICES: Readonly<Record<string, readonly string[]>> = {
  sts: ['iam', 'sts'],
  ssm: ['ssm', 'ec2'],
  ec2: ['ec2', 'iam'],
};

/** Whether a scope can hold a resource of the action: `*`, a non-ARN pattern, or an ARN of a matching service. */
function actsOn(action: string, scope: ResourceScope): boolean {
  const arn = parseArn(scope.pattern);
  if (arn === undefined) return true;
  const service = serviceOf(action);
  return (RESOURCE_SERVICES[service] ?? [service]).some((s) => matchesGlob(arn.service, s));
}
