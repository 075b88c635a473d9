import { serviceOf, type ActionCatalog } from './action-catalog.model';
import { ADMIN_ROUTES, SELF_PROTECTION_ACTIONS, type AdminRouteDefinition } from './admin-routes.catalog';
import type { ActionGrant, GrantMap } from './grant-map';
import { describeRequirements, fullScopeOf, scopeOn, type IamResourceKind } from './grant-queries';
import type { ResourceScope } from './resource-scope';

/**
 * A role is admin-equivalent when, after Deny statements and the permissions boundary, some request
 * it can choose to send (region, transport, time, source network, request tags: see
 * condition-keys.catalog.ts) reaches full power, by one of:
 * - `all-actions`: every catalog action is allowed on `*` with no exception (AdministratorAccess, or
 *   `NotAction` naming only unknown actions);
 * - `all-but-self-protection`: every action but some that cannot reduce its power (its own
 *   permissions boundary, the account's audit trail and detectors), e.g. a boundary that only
 *   protects itself;
 * - `self-grant`: it can rewrite its own permissions: iam:PutRolePolicy or iam:AttachRolePolicy on its
 *   own ARN (on `*` when the ARN is not known), plus removing or replacing its boundary when it has one;
 * - `admin-route`: it can build a principal with any policy and use it (admin-routes.catalog.ts):
 *   create an admin user, create or rewrite the trust of a role and assume or pass it.
 * Conditions on keys bound to the principal, the resource or the organization restrict: a role held
 * only under them is not admin-equivalent. PowerUserAccess (no iam:*) is not admin-equivalent.
 */
export interface AdminEquivalence {
  readonly equivalent: boolean;
  /** `near-admin` (with `equivalent` false): everything but a few services, and no route to the rest. */
  readonly basis?: 'all-actions' | 'all-but-self-protection' | 'self-grant' | 'admin-route' | 'near-admin';
  /** How many catalog actions are not allowed on `*` for some request the caller can send. */
  readonly actionsNotFullyGranted: number;
  /** The self-modification actions held (empty unless they are what makes the role admin). */
  readonly selfGrantActions: readonly string[];
  /** `all-but-self-protection`: the actions withheld. */
  readonly withheldActions?: readonly string[];
  /** `admin-route`: the route and the granted actions that make it up. */
  readonly route?: { readonly id: string; readonly title: string; readonly actions: readonly string[] };
  /** Caller-controlled conditions the requests had to meet, e.g. `aws:RequestedRegion=us-east-1`. */
  readonly conditionsMet?: readonly string[];
  /** `near-admin`: the services not wholly granted. */
  readonly withheldServices?: readonly string[];
}

/** The part of admin equivalence that depends only on the grants, kept with a cached policy set. */
export interface FullGrantSummary {
  readonly actionsNotFullyGranted: number;
  /** The catalog actions not fully granted, when there are at most as many as self-protection actions. */
  readonly withheldActions?: readonly string[];
  /** The services of the actions not fully granted, when there are at most NEAR_ADMIN_SERVICES of them. */
  readonly withheldServices?: readonly string[];
  readonly conditionsMet: readonly string[];
}

/** At most this many services withheld (and no route to full power) is near-admin, e.g. PowerUserAccess. */
const NEAR_ADMIN_SERVICES = 3;

const SELF_POLICY_ACTIONS = ['iam:PutRolePolicy', 'iam:AttachRolePolicy'];
const SELF_BOUNDARY_ACTIONS = ['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary'];
const SELF_PROTECTION = new Set(SELF_PROTECTION_ACTIONS.map((a) => a.toLowerCase()));

export function assessAdminEquivalence(
  grants: GrantMap,
  catalog: ActionCatalog,
  role: { readonly roleArn?: string; readonly hasBoundary: boolean },
  summary: FullGrantSummary = summarizeFullGrants(grants, catalog),
): AdminEquivalence {
  const { actionsNotFullyGranted } = summary;
  const conditions = (list: readonly string[]) => (list.length === 0 ? {} : { conditionsMet: list });
  if (actionsNotFullyGranted === 0) {
    return { equivalent: true, basis: 'all-actions', actionsNotFullyGranted, selfGrantActions: [], ...conditions(summary.conditionsMet) };
  }
  const withheld = summary.withheldActions;
  if (withheld !== undefined && withheld.every((action) => SELF_PROTECTION.has(action.toLowerCase()))) {
    return {
      equivalent: true,
      basis: 'all-but-self-protection',
      actionsNotFullyGranted,
      selfGrantActions: [],
      withheldActions: withheld,
      ...conditions(summary.conditionsMet),
    };
  }
  const held = (actions: readonly string[]) =>
    actions.flatMap((action) => {
      const scope = scopeOn(grants, action, role.roleArn === undefined ? { kind: 'any' } : { arn: role.roleArn });
      return scope === undefined ? [] : [{ action, scope }];
    });
  const policyActions = held(SELF_POLICY_ACTIONS);
  const boundaryActions = role.hasBoundary ? held(SELF_BOUNDARY_ACTIONS) : [];
  if (policyActions.length > 0 && (!role.hasBoundary || boundaryActions.length > 0)) {
    const used = [...policyActions, ...boundaryActions];
    return {
      equivalent: true,
      basis: 'self-grant',
      actionsNotFullyGranted,
      selfGrantActions: used.map((u) => u.action),
      ...conditions(describeRequirements(used.map((u) => u.scope))),
    };
  }
  for (const route of ADMIN_ROUTES) {
    const steps = heldRoute(grants, route);
    if (steps !== undefined) {
      return {
        equivalent: true,
        basis: 'admin-route',
        actionsNotFullyGranted,
        selfGrantActions: [],
        route: { id: route.id, title: route.title, actions: steps.map((s) => s.action) },
        ...conditions(describeRequirements(steps.map((s) => s.scope))),
      };
    }
  }
  if (summary.withheldServices !== undefined) {
    return { equivalent: false, basis: 'near-admin', actionsNotFullyGranted, selfGrantActions: [], withheldServices: summary.withheldServices };
  }
  return { equivalent: false, actionsNotFullyGranted, selfGrantActions: [] };
}

/** For each step, the first action held on every resource of its kind; undefined when a step is not held. */
function heldRoute(grants: GrantMap, route: AdminRouteDefinition): { action: string; scope: ResourceScope }[] | undefined {
  const found: { action: string; scope: ResourceScope }[] = [];
  for (const step of route.steps) {
    const kind: IamResourceKind = step.on;
    const hit = step.anyOf
      .map((action) => ({ action, scope: scopeOn(grants, action, { kind }) }))
      .find((candidate) => candidate.scope !== undefined);
    if (hit?.scope === undefined) return undefined;
    found.push({ action: grants.get(hit.action)?.action ?? hit.action, scope: hit.scope });
  }
  return found;
}

/**
 * How many catalog actions are not allowed on `*` (for some request the caller can send), which
 * ones when they are few, and the caller conditions the full grants need. Grants that share one
 * scopes array (actions covered by the same statements) are judged once.
 */
export function summarizeFullGrants(grants: GrantMap, catalog: ActionCatalog): FullGrantSummary {
  const fullByScopes = new Map<ActionGrant['scopes'], ResourceScope | null>();
  let fullyGranted = 0;
  for (const { action, scopes } of grants.values()) {
    let full = fullByScopes.get(scopes);
    if (full === undefined) {
      full = fullScopeOf(scopes) ?? null;
      fullByScopes.set(scopes, full);
    }
    if (full !== null && catalog.canonical(action) === action) fullyGranted++;
  }
  const all = catalog.allActions();
  const actionsNotFullyGranted = all.length - fullyGranted;
  const used = [...fullByScopes.values()].filter((scope): scope is ResourceScope => scope !== null);
  const summary = { actionsNotFullyGranted, conditionsMet: describeRequirements(used) };
  // Near-admin needs most of the catalog: only then are the withheld actions listed.
  const few = actionsNotFullyGranted <= SELF_PROTECTION.size || actionsNotFullyGranted * 10 <= all.length;
  if (actionsNotFullyGranted === 0 || !few) return summary;
  const withheld = all.filter((action) => {
    const scopes = grants.get(action)?.scopes;
    return scopes === undefined || (fullByScopes.get(scopes) ?? null) === null;
  });
  const services = [...new Set(withheld.map(serviceOf))].sort();
  return {
    ...summary,
    ...(withheld.length <= SELF_PROTECTION.size ? { withheldActions: withheld } : {}),
    ...(services.length <= NEAR_ADMIN_SERVICES ? { withheldServices: services } : {}),
  };
}
