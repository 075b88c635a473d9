import type { ActionCatalog } from './action-catalog.model';
import type { ActionGrant, GrantMap } from './grant-map';
import { grantedUnconditionallyOn, grantedUnconditionallyOnAll } from './grant-queries';

/**
 * A role is admin-equivalent when, after Deny statements and the permissions boundary, either:
 * - `all-actions`: every catalog action is allowed on `*` with no condition and no exception
 *   (AdministratorAccess or an equivalent such as `NotAction` naming only unknown actions); or
 * - `self-grant`: it can rewrite its own permissions with no condition: iam:PutRolePolicy or
 *   iam:AttachRolePolicy on its own ARN (on `*` when the ARN is not known), and, when it has a
 *   permissions boundary, also iam:DeleteRolePermissionsBoundary or iam:PutRolePermissionsBoundary
 *   on itself. This catches `Allow NotAction iam:PassRole on *`, which lacks only a few actions but
 *   can attach AdministratorAccess to itself. PowerUserAccess (no iam:*) is not admin-equivalent.
 */
export interface AdminEquivalence {
  readonly equivalent: boolean;
  readonly basis?: 'all-actions' | 'self-grant';
  /** How many catalog actions are not allowed unconditionally on `*`. */
  readonly actionsNotFullyGranted: number;
  /** The self-modification actions held (empty unless they are what makes the role admin). */
  readonly selfGrantActions: readonly string[];
}

const SELF_POLICY_ACTIONS = ['iam:PutRolePolicy', 'iam:AttachRolePolicy'];
const SELF_BOUNDARY_ACTIONS = ['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary'];

export function assessAdminEquivalence(
  grants: GrantMap,
  catalog: ActionCatalog,
  role: { readonly roleArn?: string; readonly hasBoundary: boolean },
  actionsNotFullyGranted = countActionsNotFullyGranted(grants, catalog),
): AdminEquivalence {
  if (actionsNotFullyGranted === 0) {
    return { equivalent: true, basis: 'all-actions', actionsNotFullyGranted, selfGrantActions: [] };
  }
  const held = (actions: readonly string[]) => actions.filter((a) => grantedUnconditionallyOn(grants, a, role.roleArn));
  const policyActions = held(SELF_POLICY_ACTIONS);
  const boundaryActions = role.hasBoundary ? held(SELF_BOUNDARY_ACTIONS) : [];
  if (policyActions.length > 0 && (!role.hasBoundary || boundaryActions.length > 0)) {
    return { equivalent: true, basis: 'self-grant', actionsNotFullyGranted, selfGrantActions: [...policyActions, ...boundaryActions] };
  }
  return { equivalent: false, actionsNotFullyGranted, selfGrantActions: [] };
}

/**
 * How many catalog actions are not allowed unconditionally on `*`: the part of admin equivalence that
 * depends only on the grants (not on the role), so a cache of analyses can keep it. Grants that share
 * one scopes array (actions covered by the same statements) are judged once.
 */
export function countActionsNotFullyGranted(grants: GrantMap, catalog: ActionCatalog): number {
  const fullByScopes = new Map<ActionGrant['scopes'], boolean>();
  let fullyGranted = 0;
  for (const { action, scopes } of grants.values()) {
    let full = fullByScopes.get(scopes);
    if (full === undefined) {
      full = grantedUnconditionallyOnAll(scopes);
      fullByScopes.set(scopes, full);
    }
    if (full && catalog.canonical(action) === action) fullyGranted++;
  }
  return catalog.allActions().length - fullyGranted;
}
