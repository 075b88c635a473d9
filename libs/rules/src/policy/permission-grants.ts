import type { ActionCatalog } from './action-catalog.model';
import { statementRef, type NamedPolicy, type PolicyStatement, type StatementRef } from './policy-document.types';
import { allowScopes, applyDeny, intersectScopes, mergeScopes, type ResourceScope } from './resource-scope';
import { catalogActionsOf, coversActionIn, unknownActionsOf } from './statement.matcher';

/** The permissions of a role: identity policies (inline and attached) and an optional boundary. */
export interface RolePermissions {
  readonly policies: readonly NamedPolicy[];
  readonly permissionsBoundary?: NamedPolicy;
  /** The role's own ARN, when known: lets self-modification be recognised on a scoped resource. */
  readonly roleArn?: string;
}

/** One action the role is effectively allowed, and where. */
export interface ActionGrant {
  /** Catalog spelling, or as written for actions the catalog does not know. */
  readonly action: string;
  readonly scopes: readonly ResourceScope[];
}

interface LocatedStatement {
  readonly statement: PolicyStatement;
  readonly ref: StatementRef;
}

/**
 * Effective allowed actions: for each action some Allow grants, the allowed scopes minus Deny
 * statements, intersected with the permissions boundary when there is one. Keyed by lower-case action.
 */
export function computeGrants(input: RolePermissions, catalog: ActionCatalog): Map<string, ActionGrant> {
  const identity = locate(input.policies);
  const boundary = input.permissionsBoundary === undefined ? undefined : locate([input.permissionsBoundary]);
  const grants = new Map<string, ActionGrant>();
  for (const action of candidateActions(identity, catalog)) {
    let scopes = scopesFor(action, identity, catalog);
    if (boundary !== undefined && scopes.length > 0) scopes = intersectScopes(scopes, scopesFor(action, boundary, catalog));
    if (scopes.length > 0) grants.set(action.toLowerCase(), { action, scopes });
  }
  return grants;
}

function locate(policies: readonly NamedPolicy[]): LocatedStatement[] {
  return policies.flatMap((policy) =>
    policy.document.statements.map((statement) => ({ statement, ref: statementRef(policy.name, statement) })),
  );
}

/** Every action some Allow statement names: catalog actions plus unknown literal ones. */
function candidateActions(statements: readonly LocatedStatement[], catalog: ActionCatalog): Set<string> {
  const actions = new Set<string>();
  const unknown = new Map<string, string>();
  for (const { statement } of statements) {
    if (statement.effect !== 'Allow') continue;
    for (const action of catalogActionsOf(statement, catalog)) actions.add(action);
    for (const action of unknownActionsOf(statement, catalog)) {
      if (!unknown.has(action.toLowerCase())) unknown.set(action.toLowerCase(), action);
    }
  }
  for (const action of unknown.values()) actions.add(action);
  return actions;
}

function scopesFor(action: string, statements: readonly LocatedStatement[], catalog: ActionCatalog): ResourceScope[] {
  const covering = statements.filter(({ statement }) => coversActionIn(statement, action, catalog));
  let scopes = mergeScopes(
    covering.filter(({ statement }) => statement.effect === 'Allow').flatMap(({ statement, ref }) => allowScopes(statement, ref)),
  );
  for (const { statement } of covering) {
    if (statement.effect === 'Deny') scopes = applyDeny(scopes, statement);
  }
  return mergeScopes(scopes);
}
