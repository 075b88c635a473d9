import { compileGlob, matchGlob, type CompiledGlob } from './glob';

/** What a suppression matches: a rule, a resource ARN glob (`*` any run, `?` one character), an account; at least one of rule or ARN. */
export interface SuppressionRule {
  id: string;
  ruleId: string | null;
  resourcePattern: string | null;
  accountId: string | null;
  expiresAt: Date | null;
}

export interface SuppressibleFinding {
  ruleId: string;
  accountId: string;
  resource: { arn: string };
}

/**
 * A set of suppressions compiled once (globs parsed, grouped by rule id) and then matched against
 * any number of findings: build one per finding set (a page, a scan, a CSV export), not per finding.
 */
export class SuppressionMatcher<S extends SuppressionRule> {
  private readonly byRule = new Map<string | null, { suppression: S; order: number; glob: CompiledGlob | null }[]>();

  constructor(suppressions: readonly S[], private readonly now: Date) {
    suppressions.forEach((suppression, order) => {
      if (!isActive(suppression, now)) return;
      if (suppression.ruleId === null && suppression.resourcePattern === null) return;
      const entries = this.byRule.get(suppression.ruleId) ?? [];
      entries.push({ suppression, order, glob: suppression.resourcePattern === null ? null : compileGlob(suppression.resourcePattern) });
      this.byRule.set(suppression.ruleId, entries);
    });
  }

  get size(): number {
    let size = 0;
    for (const entries of this.byRule.values()) size += entries.length;
    return size;
  }

  /** The first (in the order given) active suppression matching the finding. */
  match(finding: SuppressibleFinding): S | undefined {
    const ruleMatch = this.firstIn(this.byRule.get(finding.ruleId), finding);
    const anyRuleMatch = this.firstIn(this.byRule.get(null), finding);
    if (!ruleMatch) return anyRuleMatch?.suppression;
    if (!anyRuleMatch) return ruleMatch.suppression;
    return (ruleMatch.order < anyRuleMatch.order ? ruleMatch : anyRuleMatch).suppression;
  }

  private firstIn(entries: { suppression: S; order: number; glob: CompiledGlob | null }[] | undefined, finding: SuppressibleFinding) {
    return entries?.find(
      ({ suppression, glob }) =>
        (suppression.accountId === null || suppression.accountId === finding.accountId) && (glob === null || matchGlob(glob, finding.resource.arn)),
    );
  }
}

/** The first active suppression matching the finding; expired ones never apply. For many findings, build a SuppressionMatcher once. */
export function matchSuppression<S extends SuppressionRule>(finding: SuppressibleFinding, suppressions: readonly S[], now: Date): S | undefined {
  return new SuppressionMatcher(suppressions, now).match(finding);
}

export function isActive(suppression: SuppressionRule, now: Date): boolean {
  return suppression.expiresAt === null || suppression.expiresAt.getTime() > now.getTime();
}
