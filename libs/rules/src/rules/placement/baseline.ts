import type { AccountInventory } from '@rolecall/model';
import { coversAction, globSubsumes, parsePolicyDocument, type PermissionAnalysis, type PolicyDocument } from '../../policy';

/** A managed policy's parsed document, looked up by name among the AWS managed policies in the inventory. */
export function awsManagedDocument(inventory: AccountInventory, policyName: string): PolicyDocument | undefined {
  const policy = inventory.iam.managedPolicies.find((candidate) => candidate.awsManaged && candidate.policyName === policyName);
  if (policy === undefined) return undefined;
  try {
    return parsePolicyDocument(policy.document);
  } catch {
    return undefined;
  }
}

/** The documents of the named AWS managed policies that the inventory holds. */
export function presentDocuments(inventory: AccountInventory, policyNames: readonly string[]): PolicyDocument[] {
  return policyNames.flatMap((name) => awsManagedDocument(inventory, name) ?? []);
}

/** Extra grants the baseline does not cover, but a rule tolerates (e.g. a secret the task references). */
export type Tolerated = (action: string, resourcePattern: string) => boolean;

/** Granted actions with at least one resource scope no Allow statement of the baseline documents covers. */
/** Sorted. */
export function grantsBeyond(analysis: PermissionAnalysis, baseline: readonly PolicyDocument[], tolerated?: Tolerated): string[] {
  const statements = baseline.flatMap((document) => document.statements).filter((statement) => statement.effect === 'Allow');
  const excess: string[] = [];
  for (const grant of analysis.grants.values()) {
    const uncovered = grant.scopes.some(
      (scope) =>
        !tolerated?.(grant.action, scope.pattern) &&
        !statements.some(
          (statement) =>
            coversAction(statement, grant.action) &&
            (statement.resource === undefined ||
              (!statement.resource.negated && statement.resource.patterns.some((pattern) => globSubsumes(pattern, scope.pattern)))),
        ),
    );
    if (uncovered) excess.push(grant.action);
  }
  return excess.sort();
}
