import { serviceOf, type ActionCatalog } from './action-catalog.model';
import { GLOBAL_SERVICE_REGION } from './condition-keys.catalog';
import type { RequestContext } from './condition.evaluator';
import { createGrantMap, type ActionGrant, type GrantMap } from './grant-map';
import { statementRef, type NamedPolicy, type PolicyStatement, type StatementRef } from './policy-document.types';
import { allowScopes, applyDeny, intersectScopes, mergeScopes, type ResourceScope } from './resource-scope';
import { catalogActionsOf, catalogPositionsOf, coversAction, unknownActionsOf } from './statement.matcher';

/** The permissions of a role: identity policies (inline and attached) and an optional boundary. */
export interface RolePermissions {
  readonly policies: readonly NamedPolicy[];
  readonly permissionsBoundary?: NamedPolicy;
  /** The role's own ARN, when known: lets self-modification be recognised on a scoped resource. */
  readonly roleArn?: string;
}

interface LocatedStatement {
  readonly statement: PolicyStatement;
  readonly ref: StatementRef;
  /** Position among all the statements of the policy set. */
  readonly index: number;
}

/** Above this many statements (identity and boundary) the covering statements no longer fit a bit mask. */
const MASK_BITS = 30;

/**
 * Effective allowed actions: for each action some Allow grants, the allowed scopes minus Deny
 * statements, intersected with the permissions boundary when there is one. Actions covered by the
 * same statements share one computation (and one scopes array). Catalog order, unknown actions last.
 */
export function computeGrants(input: RolePermissions, catalog: ActionCatalog): GrantMap {
  const identity = locate(input.policies);
  const boundary = input.permissionsBoundary === undefined ? undefined : locate([input.permissionsBoundary]);
  const memo = new Map<string, ResourceScope[]>();
  const grants: ActionGrant[] = [];
  const pinnedRegion = regionPinning([...identity, ...(boundary ?? [])]);
  const scopesFor: ScopesFor = (covering, boundaryCovering, pinned) => {
    const key = `${signature(covering)}|${boundaryCovering === undefined ? '-' : signature(boundaryCovering)}|${pinned === undefined ? '' : 'p'}`;
    let scopes = memo.get(key);
    if (scopes === undefined) {
      scopes = scopesOf(covering, pinned);
      if (boundaryCovering !== undefined && scopes.length > 0) scopes = intersectScopes(scopes, scopesOf(boundaryCovering, pinned), pinned);
      memo.set(key, scopes);
    }
    return scopes;
  };
  const grant = (action: string, covers: (located: LocatedStatement) => boolean) => {
    const scopes = scopesFor(identity.filter(covers), boundary?.filter(covers), pinnedRegion(action));
    if (scopes.length > 0) grants.push({ action, scopes });
  };
  const allowing = identity.filter(({ statement }) => statement.effect === 'Allow');
  if (identity.length + (boundary?.length ?? 0) <= MASK_BITS) {
    grantCatalogActionsByMask(identity, boundary, catalog, scopesFor, pinnedRegion, grants);
  } else {
    const withActions = (located: LocatedStatement) => ({ located, actions: catalogActionsOf(located.statement, catalog) });
    const identityActions = new Map(identity.map(withActions).map(({ located, actions }) => [located, actions]));
    const boundaryActions = new Map((boundary ?? []).map(withActions).map(({ located, actions }) => [located, actions]));
    const actionsOf = (located: LocatedStatement) => identityActions.get(located) ?? boundaryActions.get(located) ?? new Set<string>();
    for (const action of catalog.allActions()) {
      if (allowing.some((s) => actionsOf(s).has(action))) grant(action, (s) => actionsOf(s).has(action));
    }
  }
  for (const action of unknownActions(allowing, catalog)) grant(action, (s) => coversAction(s.statement, action));
  return createGrantMap(grants, catalog);
}

/**
 * The catalog-action part of computeGrants for up to MASK_BITS statements: bit i of an action's mask
 * says identity statement i covers it, bit (identity.length + j) boundary statement j. An action is
 * granted when some Allow statement covers it; its covering statements, in order, are the mask's bits.
 */
function grantCatalogActionsByMask(
  identity: readonly LocatedStatement[],
  boundary: readonly LocatedStatement[] | undefined,
  catalog: ActionCatalog,
  scopesFor: ScopesFor,
  pinnedRegion: (action: string) => RequestContext | undefined,
  grants: ActionGrant[],
): void {
  const all = catalog.allActions();
  const masks = new Int32Array(all.length);
  /** Positions some statement covers, in first-seen order. */
  const touched: number[] = [];
  const mark = (statement: PolicyStatement, bit: number) => {
    for (const position of catalogPositionsOf(statement, catalog)) {
      if (masks[position] === 0) touched.push(position);
      masks[position] |= bit;
    }
  };
  let allowBits = 0;
  identity.forEach(({ statement }, i) => {
    if (statement.effect === 'Allow') allowBits |= 1 << i;
    mark(statement, 1 << i);
  });
  (boundary ?? []).forEach(({ statement }, j) => mark(statement, 1 << (identity.length + j)));
  // Few covered actions (most policy sets): visit those, in catalog order; else the whole catalog.
  const positions = touched.length * 8 < all.length ? Uint32Array.from(touched).sort() : undefined;
  const count = positions === undefined ? all.length : positions.length;
  const byMask = new Map<number, ResourceScope[]>();
  const byMaskPinned = new Map<number, ResourceScope[]>();
  for (let k = 0; k < count; k++) {
    const position = positions === undefined ? k : positions[k];
    const mask = masks[position];
    if ((mask & allowBits) === 0) continue;
    const pinned = pinnedRegion(all[position]);
    const memo = pinned === undefined ? byMask : byMaskPinned;
    let scopes = memo.get(mask);
    if (scopes === undefined) {
      const covering = identity.filter((_, i) => (mask & (1 << i)) !== 0);
      const boundaryCovering = boundary?.filter((_, j) => (mask & (1 << (identity.length + j))) !== 0);
      scopes = scopesFor(covering, boundaryCovering, pinned);
      memo.set(mask, scopes);
    }
    if (scopes.length > 0) grants.push({ action: all[position], scopes });
  }
}

type ScopesFor = (
  covering: readonly LocatedStatement[],
  boundaryCovering: readonly LocatedStatement[] | undefined,
  pinned: RequestContext | undefined,
) => ResourceScope[];

const REGION_KEYS = new Set(['aws:requestedregion', 'ec2:region']);
const pins = new Map<string, RequestContext>();

/**
 * The request keys an action fixes, when some statement's condition reads them: the global services
 * sign every request for one region (aws:RequestedRegion is us-east-1 for IAM whatever the caller
 * does). Undefined when no statement reads the region or the action is regional.
 */
function regionPinning(statements: readonly LocatedStatement[]): (action: string) => RequestContext | undefined {
  const readsRegion = statements.some(({ statement }) => statement.conditions.some((c) => REGION_KEYS.has(c.key.toLowerCase())));
  if (!readsRegion) return () => undefined;
  return (action) => {
    const region = GLOBAL_SERVICE_REGION.get(serviceOf(action));
    if (region === undefined) return undefined;
    let pin = pins.get(region);
    if (pin === undefined) {
      pin = { 'aws:RequestedRegion': region, 'ec2:Region': region };
      pins.set(region, pin);
    }
    return pin;
  };
}

function locate(policies: readonly NamedPolicy[]): LocatedStatement[] {
  return policies
    .flatMap((policy) => policy.document.statements.map((statement) => ({ statement, ref: statementRef(policy.name, statement) })))
    .map((located, index) => ({ ...located, index }));
}

/** Literal actions the catalog does not know, named by Allow statements, first spelling kept. */
function unknownActions(allowing: readonly LocatedStatement[], catalog: ActionCatalog): string[] {
  const unknown = new Map<string, string>();
  for (const { statement } of allowing) {
    for (const action of unknownActionsOf(statement, catalog)) {
      if (!unknown.has(action.toLowerCase())) unknown.set(action.toLowerCase(), action);
    }
  }
  return [...unknown.values()];
}

function signature(statements: readonly LocatedStatement[]): string {
  let text = '';
  for (const { index } of statements) text += `${index},`;
  return text;
}

function scopesOf(covering: readonly LocatedStatement[], pinned: RequestContext | undefined): ResourceScope[] {
  let scopes = mergeScopes(
    covering.filter(({ statement }) => statement.effect === 'Allow').flatMap(({ statement, ref }) => allowScopes(statement, ref, pinned)),
  );
  for (const { statement } of covering) {
    if (statement.effect === 'Deny') scopes = applyDeny(scopes, statement, pinned);
  }
  return mergeScopes(scopes);
}
