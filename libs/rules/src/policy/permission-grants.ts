import type { ActionCatalog } from './action-catalog.model';
import { createGrantMap, type ActionGrant, type GrantMap } from './grant-map';
import { statementRef, type NamedPolicy, type PolicyStatement, type StatementRef } from './policy-document.types';
import { allowScopes, applyDeny, intersectScopes, mergeScopes, type ResourceScope } from './resource-scope';
import { catalogActionsOf, coversAction, unknownActionsOf } from './statement.matcher';

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
  readonly catalogActions: ReadonlySet<string>;
}

/**
 * Effective allowed actions: for each action some Allow grants, the allowed scopes minus Deny
 * statements, intersected with the permissions boundary when there is one. Actions covered by the
 * same statements share one computation (and one scopes array). Catalog order, unknown actions last.
 */
export function computeGrants(input: RolePermissions, catalog: ActionCatalog): GrantMap {
  const identity = locate(input.policies, catalog);
  const boundary = input.permissionsBoundary === undefined ? undefined : locate([input.permissionsBoundary], catalog);
  const memo = new Map<string, ResourceScope[]>();
  const grants: ActionGrant[] = [];
  const grant = (action: string, covers: (located: LocatedStatement) => boolean) => {
    const covering = identity.filter(covers);
    const boundaryCovering = boundary?.filter(covers);
    const key = `${signature(covering)}|${boundaryCovering === undefined ? '-' : signature(boundaryCovering)}`;
    let scopes = memo.get(key);
    if (scopes === undefined) {
      scopes = scopesOf(covering);
      if (boundaryCovering !== undefined && scopes.length > 0) scopes = intersectScopes(scopes, scopesOf(boundaryCovering));
      memo.set(key, scopes);
    }
    if (scopes.length > 0) grants.push({ action, scopes });
  };
  const allowing = identity.filter(({ statement }) => statement.effect === 'Allow');
  for (const action of catalog.allActions()) {
    if (allowing.some(({ catalogActions }) => catalogActions.has(action))) grant(action, (s) => s.catalogActions.has(action));
  }
  for (const action of unknownActions(allowing, catalog)) grant(action, (s) => coversAction(s.statement, action));
  return createGrantMap(grants, catalog);
}

function locate(policies: readonly NamedPolicy[], catalog: ActionCatalog): LocatedStatement[] {
  return policies
    .flatMap((policy) => policy.document.statements.map((statement) => ({ statement, ref: statementRef(policy.name, statement) })))
    .map((located, index) => ({ ...located, index, catalogActions: catalogActionsOf(located.statement, catalog) }));
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

function scopesOf(covering: readonly LocatedStatement[]): ResourceScope[] {
  let scopes = mergeScopes(
    covering.filter(({ statement }) => statement.effect === 'Allow').flatMap(({ statement, ref }) => allowScopes(statement, ref)),
  );
  for (const { statement } of covering) {
    if (statement.effect === 'Deny') scopes = applyDeny(scopes, statement);
  }
  return mergeScopes(scopes);
}
