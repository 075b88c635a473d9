import { serviceOf, type ActionCatalog } from './action-catalog.model';
import { parseArn } from './arn.parser';
import type { ActionGrant, GrantMap } from './grant-map';
import { excludedResourcesOf, isConditional, resourcesOf, statementsOf } from './grant-queries';
import type { StatementRef } from './policy-document.types';
import {
  ANY_ROLE_ACTIONS,
  CREDENTIAL_ACCESS_ACTIONS,
  DATA_EXFILTRATION_ACTIONS,
  INFRASTRUCTURE_SERVICES,
  PASS_ROLE_COMPANION_ACTIONS,
  PRIVILEGE_ESCALATION_ACTIONS,
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

/** The curated names are in catalog spelling (a spec checks it), as grants of catalog actions are. */
const ESCALATION = new Set(PRIVILEGE_ESCALATION_ACTIONS);
const PASS_ROLE_COMPANIONS = new Set(PASS_ROLE_COMPANION_ACTIONS);
const ANY_ROLE = new Set(ANY_ROLE_ACTIONS);
const CREDENTIALS = new Set(CREDENTIAL_ACCESS_ACTIONS);
const DATA = new Set(DATA_EXFILTRATION_ACTIONS);
const INFRASTRUCTURE = new Set(INFRASTRUCTURE_SERVICES);

/** The granted actions in at least one sensitive class, sorted by action name. */
export function findSensitiveActions(grants: GrantMap, catalog: ActionCatalog): SensitiveAction[] {
  const passRole = grants.has('iam:PassRole');
  const described = new Map<ActionGrant['scopes'], Omit<SensitiveAction, 'action' | 'classes'>>();
  const describe = (grant: ActionGrant) => {
    let found = described.get(grant.scopes);
    if (found === undefined) {
      found = {
        resources: resourcesOf(grant),
        excludedResources: excludedResourcesOf(grant),
        conditional: isConditional(grant),
        statements: statementsOf(grant),
      };
      described.set(grant.scopes, found);
    }
    return found;
  };
  const sensitive: { grant: ActionGrant; classes: SensitiveClass[]; key: string }[] = [];
  for (const grant of grants.values()) {
    const classes = classify(grant, catalog, passRole);
    if (classes.length > 0) sensitive.push({ grant, classes, key: grant.action.toLowerCase() });
  }
  return sensitive
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ grant, classes }) => ({ action: grant.action, classes, ...describe(grant) }));
}

/** The classes of one grant, in SENSITIVE_CLASSES order. */
function classify(grant: ActionGrant, catalog: ActionCatalog, passRole: boolean): SensitiveClass[] {
  const name = grant.action;
  const level = catalog.accessLevel(name);
  const classes: SensitiveClass[] = [];
  const escalates =
    ESCALATION.has(name) ||
    (passRole && PASS_ROLE_COMPANIONS.has(name)) ||
    (ANY_ROLE.has(name) && grant.scopes.some((scope) => coversAnyRole(scope.pattern)));
  if (escalates) classes.push('privilege-escalation');
  if (level === 'Permissions management') classes.push('permissions-management');
  if (CREDENTIALS.has(name)) classes.push('credential-access');
  if (DATA.has(name)) classes.push('data-exfiltration');
  if (level === 'Write' && INFRASTRUCTURE.has(serviceOf(name))) classes.push('infrastructure-modification');
  return classes;
}

/** `*`, or a pattern covering every role of an account (`arn:aws:iam::123456789012:role/*`). */
export function coversAnyRole(pattern: string): boolean {
  if (isMatchAll(pattern)) return true;
  const arn = parseArn(pattern);
  return arn !== undefined && matchesGlob(arn.service, 'iam') && globSubsumes(arn.resource, 'role/*');
}
