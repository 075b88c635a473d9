import type { ActionCatalog } from './action-catalog.model';
import { assessAdminEquivalence, summarizeFullGrants, type AdminEquivalence, type FullGrantSummary } from './admin-equivalence';
import type { RequestContext } from './condition.evaluator';
import { findEscalationPaths, type EscalationPath } from './escalation-paths';
import type { GrantMap } from './grant-map';
import { computeGrants, type RolePermissions } from './permission-grants';
import { evaluateRequest, type RequestDecision } from './request-evaluator';
import { rightSize, type RightSizing } from './right-sizing';
import { findSensitiveActions, type SensitiveAction } from './sensitive-actions';
import { findServiceWildcards } from './service-wildcards';

export interface PermissionAnalysis {
  /** Effective allowed actions. */
  readonly grants: GrantMap;
  readonly isAdminEquivalent: boolean;
  readonly adminEquivalence: AdminEquivalence;
  /** The role-independent part of admin equivalence. */
  readonly fullGrants: FullGrantSummary;
  readonly sensitiveActions: readonly SensitiveAction[];
  readonly serviceWildcards: readonly string[];
  readonly privilegeEscalationPaths: readonly EscalationPath[];
  /** One request: see evaluateRequest for how the context is read. */
  allows(action: string, resource: string, context?: RequestContext): RequestDecision;
  /** Compares granted services with the services actually used (IAM last-accessed data). */
  rightSize(usedServices: Iterable<string>): RightSizing;
}

/** Everything the rules ask of a role's permission policies. Pure; the catalog is loaded by the caller. */
export function analyzePermissions(permissions: RolePermissions, catalog: ActionCatalog): PermissionAnalysis {
  const grants = computeGrants(permissions, catalog);
  const fullGrants = summarizeFullGrants(grants, catalog);
  const adminEquivalence = assessAdminEquivalence(
    grants,
    catalog,
    {
      ...(permissions.roleArn === undefined ? {} : { roleArn: permissions.roleArn }),
      hasBoundary: permissions.permissionsBoundary !== undefined,
    },
    fullGrants,
  );
  return {
    grants,
    fullGrants,
    isAdminEquivalent: adminEquivalence.equivalent,
    adminEquivalence,
    sensitiveActions: findSensitiveActions(grants, catalog),
    serviceWildcards: findServiceWildcards(grants, catalog),
    privilegeEscalationPaths: findEscalationPaths(grants),
    allows: (action, resource, context) =>
      evaluateRequest(permissions, { action, resource, ...(context === undefined ? {} : { context }) }),
    rightSize: (usedServices) => rightSize(permissions, grants, usedServices, catalog),
  };
}
