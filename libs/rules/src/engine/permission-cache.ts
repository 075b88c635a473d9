import { createHash } from 'node:crypto';
import {
  analyzePermissions,
  type ActionCatalog,
  type NamedPolicy,
  type PermissionAnalysis,
  type PolicyDocument,
  type RolePermissions,
} from '../policy';
import { assessAdminEquivalence } from '../policy/admin-equivalence';
import { evaluateRequest } from '../policy/request-evaluator';
import { rightSize } from '../policy/right-sizing';

/**
 * The part of a permission analysis that depends only on the policy set, not on which role holds it
 * (fullGrants is the role-independent part of admin equivalence).
 */
type SharedAnalysis = Omit<PermissionAnalysis, 'isAdminEquivalent' | 'adminEquivalence' | 'allows' | 'rightSize'>;

/**
 * Permission analysis memoized across accounts: the same policy set (names, parsed documents, boundary)
 * is analyzed once per process, e.g. AdministratorAccess on a task role in 1,000 accounts. The
 * self-grant part of admin equivalence is decided per role, since it depends on the role's ARN; the
 * summary of the full grants (count, withheld actions, caller conditions) is kept with the policy set. A policy set is kept only once it has been seen twice (policy sets unique to one role,
 * such as inline policies naming the account's own resources, would otherwise fill the cache with
 * analyses of several MB each), and least recently used entries go first.
 */
export class PermissionCache {
  private readonly entries = new Map<string, SharedAnalysis>();
  /** Keys analyzed once and not kept: the second sighting admits a policy set. */
  private readonly seenOnce = new Set<string>();

  constructor(
    private readonly catalog: ActionCatalog,
    private readonly capacity = 256,
  ) {}

  analyze(permissions: RolePermissions): PermissionAnalysis {
    const key = cacheKey(permissions);
    let shared = this.entries.get(key);
    let adminEquivalence;
    if (shared === undefined) {
      const full = analyzePermissions(permissions, this.catalog);
      shared = {
        grants: full.grants,
        sensitiveActions: full.sensitiveActions,
        serviceWildcards: full.serviceWildcards,
        privilegeEscalationPaths: full.privilegeEscalationPaths,
        fullGrants: full.fullGrants,
      };
      adminEquivalence = full.adminEquivalence;
      this.admit(key, shared);
    } else {
      this.entries.delete(key);
      this.entries.set(key, shared);
    }
    adminEquivalence ??= assessAdminEquivalence(
      shared.grants,
      this.catalog,
      {
        ...(permissions.roleArn === undefined ? {} : { roleArn: permissions.roleArn }),
        hasBoundary: permissions.permissionsBoundary !== undefined,
      },
      shared.fullGrants,
    );
    const { grants, sensitiveActions, serviceWildcards, privilegeEscalationPaths, fullGrants } = shared;
    return {
      grants,
      fullGrants,
      sensitiveActions,
      serviceWildcards,
      privilegeEscalationPaths,
      isAdminEquivalent: adminEquivalence.equivalent,
      adminEquivalence,
      allows: (action, resource, context) => evaluateRequest(permissions, { action, resource, ...(context === undefined ? {} : { context }) }),
      rightSize: (used) => rightSize(permissions, grants, used, this.catalog),
    };
  }

  get size(): number {
    return this.entries.size;
  }

  private admit(key: string, shared: SharedAnalysis): void {
    if (!this.seenOnce.delete(key)) {
      if (this.seenOnce.size >= this.capacity * 64) this.seenOnce.delete(this.seenOnce.values().next().value as string);
      this.seenOnce.add(key);
      return;
    }
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, shared);
  }
}

/** Names and document digests: equal keys mean equal names and documents of equal JSON. */
function cacheKey({ policies, permissionsBoundary }: RolePermissions): string {
  const named = ({ name, document }: NamedPolicy) => [name, documentDigest(document)];
  const parts = [policies.map(named), permissionsBoundary === undefined ? null : named(permissionsBoundary)];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Parsed documents are never mutated and often shared (PolicyDocumentCache): one digest each. */
const digests = new WeakMap<PolicyDocument, string>();

function documentDigest(document: PolicyDocument): string {
  let digest = digests.get(document);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(document)).digest('hex');
    digests.set(document, digest);
  }
  return digest;
}

const caches = new WeakMap<ActionCatalog, PermissionCache>();

/** The process-wide cache for a catalog (one catalog per process in practice). */
export function permissionCacheFor(catalog: ActionCatalog): PermissionCache {
  let cache = caches.get(catalog);
  if (cache === undefined) {
    cache = new PermissionCache(catalog);
    caches.set(catalog, cache);
  }
  return cache;
}
