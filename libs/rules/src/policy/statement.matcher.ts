import type { ActionCatalog } from './action-catalog.model';
import type { PolicyStatement } from './policy-document.types';
import { hasWildcard, matchesGlob } from './wildcard.matcher';

/** Whether the statement's Action/NotAction covers an action (names compare case-insensitively). */
export function coversAction(statement: PolicyStatement, action: string): boolean {
  const listed = statement.action.patterns.some((pattern) => matchesGlob(pattern, action, true));
  return listed !== statement.action.negated;
}

/** Whether the statement's Resource/NotResource covers a resource ARN (case-sensitive). No element: any. */
export function coversResource(statement: PolicyStatement, resource: string): boolean {
  if (statement.resource === undefined) return true;
  const listed = statement.resource.patterns.some((pattern) => matchesGlob(pattern, resource));
  return listed !== statement.resource.negated;
}

const actionSets = new WeakMap<ActionCatalog, WeakMap<PolicyStatement, ReadonlySet<string>>>();

/** The catalog actions a statement covers, in catalog spelling. Cached per statement object. */
export function catalogActionsOf(statement: PolicyStatement, catalog: ActionCatalog): ReadonlySet<string> {
  let perStatement = actionSets.get(catalog);
  if (perStatement === undefined) {
    perStatement = new WeakMap();
    actionSets.set(catalog, perStatement);
  }
  let actions = perStatement.get(statement);
  if (actions === undefined) {
    const listed = new Set(statement.action.patterns.flatMap((pattern) => catalog.expand(pattern)));
    actions = statement.action.negated ? new Set(catalog.allActions().filter((a) => !listed.has(a))) : listed;
    perStatement.set(statement, actions);
  }
  return actions;
}

/** Literal Action names the catalog does not know (new or misspelled actions), as written. */
export function unknownActionsOf(statement: PolicyStatement, catalog: ActionCatalog): string[] {
  if (statement.action.negated) return [];
  return statement.action.patterns.filter((p) => !hasWildcard(p) && catalog.canonical(p) === undefined);
}

const positionMaps = new WeakMap<ActionCatalog, ReadonlyMap<string, number>>();
const positionSets = new WeakMap<ActionCatalog, WeakMap<PolicyStatement, Uint32Array>>();

/**
 * The positions in `catalog.allActions()` of the catalog actions a statement covers (the same actions
 * as catalogActionsOf), ascending. Cached per statement object.
 */
export function catalogPositionsOf(statement: PolicyStatement, catalog: ActionCatalog): Uint32Array {
  let perStatement = positionSets.get(catalog);
  if (perStatement === undefined) {
    perStatement = new WeakMap();
    positionSets.set(catalog, perStatement);
  }
  let positions = perStatement.get(statement);
  if (positions === undefined) {
    const all = catalog.allActions();
    const byAction = positionsOf(catalog);
    const listed = new Uint8Array(all.length);
    for (const pattern of statement.action.patterns) {
      for (const action of catalog.expand(pattern)) {
        const position = byAction.get(action);
        if (position === undefined) throw new Error(`catalog expansion ${action} is not a catalog action`);
        listed[position] = 1;
      }
    }
    const wanted = statement.action.negated ? 0 : 1;
    const found: number[] = [];
    for (let i = 0; i < all.length; i++) if (listed[i] === wanted) found.push(i);
    positions = Uint32Array.from(found);
    perStatement.set(statement, positions);
  }
  return positions;
}

function positionsOf(catalog: ActionCatalog): ReadonlyMap<string, number> {
  let positions = positionMaps.get(catalog);
  if (positions === undefined) {
    positions = new Map(catalog.allActions().map((action, index) => [action, index]));
    positionMaps.set(catalog, positions);
  }
  return positions;
}
