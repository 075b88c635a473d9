import type { ActionCatalog } from './action-catalog.model';
import type { GrantMap } from './grant-map';
import type { RolePermissions } from './permission-grants';
import { serializePolicyDocument, type PolicyJson } from './policy-document.serializer';
import type { MatchList, PolicyStatement } from './policy-document.types';
import { grantedServicesOf } from './service-wildcards';
import { hasWildcard, isMatchAll, matchesGlob } from './wildcard.matcher';

export interface RightSizing {
  /** Services with at least one granted action, sorted. */
  readonly grantedServices: readonly string[];
  readonly usedServices: readonly string[];
  /** Granted but never used (per last-accessed data): candidates for removal. */
  readonly unusedServices: readonly string[];
  /**
   * The identity policies merged into one document that keeps only the used services: Allow
   * statements lose the actions of unused services (`*` becomes `svc:*` per used service, NotAction
   * becomes the explicit remaining actions); statements left with no action are dropped; Deny
   * statements are kept as they are. Resources and conditions are unchanged.
   */
  readonly proposedPolicy: PolicyJson;
}

export function rightSize(
  permissions: RolePermissions,
  grants: GrantMap,
  used: Iterable<string>,
  catalog: ActionCatalog,
): RightSizing {
  const usedSet = new Set([...used].map((service) => service.toLowerCase()));
  const grantedServices = grantedServicesOf(grants, catalog);
  const kept = grantedServices.filter((service) => usedSet.has(service));
  const sids = new Set<string>();
  const statements = permissions.policies
    .flatMap((policy) => policy.document.statements)
    .flatMap((statement) => {
      const patterns = statement.effect === 'Deny' ? [...statement.action.patterns] : keptActions(statement, kept, catalog);
      if (patterns.length === 0) return [];
      const keepSid = statement.sid !== undefined && !sids.has(statement.sid);
      if (keepSid && statement.sid !== undefined) sids.add(statement.sid);
      return [rebuilt(statement, statement.effect === 'Deny' ? statement.action : { negated: false, patterns }, keepSid)];
    })
    .map((statement, index): PolicyStatement => ({ ...statement, index }));
  return {
    grantedServices,
    usedServices: kept,
    unusedServices: grantedServices.filter((service) => !usedSet.has(service)),
    proposedPolicy: serializePolicyDocument({ version: '2012-10-17', statements }),
  };
}

function rebuilt(statement: PolicyStatement, action: MatchList, keepSid: boolean): PolicyStatement {
  return {
    index: statement.index,
    ...(keepSid && statement.sid !== undefined ? { sid: statement.sid } : {}),
    effect: statement.effect,
    action,
    ...(statement.resource === undefined ? {} : { resource: statement.resource }),
    conditions: statement.conditions,
  };
}

function keptActions(statement: PolicyStatement, kept: readonly string[], catalog: ActionCatalog): string[] {
  const { negated, patterns } = statement.action;
  if (negated) return kept.flatMap((service) => remainingActions(service, patterns, catalog));
  const result = patterns.flatMap((pattern) => {
    const [servicePart, actionPart] = splitAction(pattern);
    if (!hasWildcard(servicePart)) return kept.includes(servicePart.toLowerCase()) ? [pattern] : [];
    return kept.filter((service) => matchesGlob(servicePart, service, true)).map((service) => `${service}:${actionPart}`);
  });
  return [...new Set(result)];
}

/** A used service under `NotAction: excluded`: `svc:*` if nothing of it is excluded, else what is left. */
function remainingActions(service: string, excluded: readonly string[], catalog: ActionCatalog): string[] {
  const relevant = excluded.filter((pattern) => matchesGlob(splitAction(pattern)[0], service, true));
  if (relevant.length === 0) return [`${service}:*`];
  return catalog.actionsOf(service).filter((action) => !relevant.some((pattern) => matchesGlob(pattern, action, true)));
}

function splitAction(pattern: string): [string, string] {
  if (isMatchAll(pattern)) return ['*', '*'];
  const colon = pattern.indexOf(':');
  return colon < 0 ? [pattern, ''] : [pattern.slice(0, colon), pattern.slice(colon + 1)];
}
