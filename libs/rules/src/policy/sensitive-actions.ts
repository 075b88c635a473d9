import { serviceOf, type ActionCatalog } from './action-catalog.model';
import { parseArn } from './arn.parser';
import {
  excludedResourcesOf,
  grantOf,
  isConditional,
  resourcesOf,
  statementsOf,
  type GrantMap,
} from './grant-queries';
import type { ActionGrant } from './permission-grants';
import type { StatementRef } from './policy-document.types';
import {
  ANY_ROLE_ACTIONS,
  CREDENTIAL_ACCESS_ACTIONS,
  DATA_EXFILTRATION_ACTIONS,
  INFRASTRUCTURE_SERVICES,
  PASS_ROLE_COMPANION_ACTIONS,
  PRIVILEGE_ESCALATION_ACTIONS,
  SENSITIVE_CLASSES,
  type SensitiveClass,
} from './sensitive-actions.catalog';
import { globSubsumes, isMatchAll, matchesGlob } from './wildcard.matcher';

export interface SensitiveAction {
  readonly action: string;
  readonly classes: readonly SensitiveClass[];
  readonly resources: readonly string[];
  readonly excludedResources: readonly string[];
  /** True when every grant of the action depends on a condition. */
  readonly conditional: boolean;
  readonly statements: readonly StatementRef[];
}

const lowerSet = (names: readonly string[]) => new Set(names.map((name) => name.toLowerCase()));
const ESCALATION = lowerSet(PRIVILEGE_ESCALATION_ACTIONS);
const PASS_ROLE_COMPANIONS = lowerSet(PASS_ROLE_COMPANION_ACTIONS);
const ANY_ROLE = lowerSet(ANY_ROLE_ACTIONS);
const CREDENTIALS = lowerSet(CREDENTIAL_ACCESS_ACTIONS);
const DATA = lowerSet(DATA_EXFILTRATION_ACTIONS);
const INFRASTRUCTURE = new Set(INFRASTRUCTURE_SERVICES);

/** The granted actions in at least one sensitive class, sorted by action name. */
export function findSensitiveActions(grants: GrantMap, catalog: ActionCatalog): SensitiveAction[] {
  const passRole = grantOf(grants, 'iam:PassRole') !== undefined;
  return [...grants.values()]
    .map((grant) => ({ grant, classes: classify(grant, catalog, passRole) }))
    .filter(({ classes }) => classes.length > 0)
    .sort((a, b) => (a.grant.action.toLowerCase() < b.grant.action.toLowerCase() ? -1 : 1))
    .map(({ grant, classes }) => ({
      action: grant.action,
      classes,
      resources: resourcesOf(grant),
      excludedResources: excludedResourcesOf(grant),
      conditional: isConditional(grant),
      statements: statementsOf(grant),
    }));
}

function classify(grant: ActionGrant, catalog: ActionCatalog, passRole: boolean): SensitiveClass[] {
  const name = grant.action.toLowerCase();
  const level = catalog.accessLevel(name);
  const found = new Set<SensitiveClass>();
  if (ESCALATION.has(name) || (passRole && PASS_ROLE_COMPANIONS.has(name))) found.add('privilege-escalation');
  if (ANY_ROLE.has(name) && grant.scopes.some((scope) => coversAnyRole(scope.pattern))) found.add('privilege-escalation');
  if (level === 'Permissions management') found.add('permissions-management');
  if (CREDENTIALS.has(name)) found.add('credential-access');
  if (DATA.has(name)) found.add('data-exfiltration');
  if (level === 'Write' && INFRASTRUCTURE.has(serviceOf(name))) found.add('infrastructure-modification');
  return SENSITIVE_CLASSES.filter((c) => found.has(c));
}

/** `*`, or a pattern covering every role of an account (`arn:aws:iam::123456789012:role/*`). */
export function coversAnyRole(pattern: string): boolean {
  if (isMatchAll(pattern)) return true;
  const arn = parseArn(pattern);
  return arn !== undefined && matchesGlob(arn.service, 'iam') && globSubsumes(arn.resource, 'role/*');
}
