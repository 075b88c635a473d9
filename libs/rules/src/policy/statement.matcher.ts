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
