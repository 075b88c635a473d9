import { canAssume, matchesGlob, parseArn, parsePolicyDocument, type AssumeDecision, type PolicyDocument } from '../../policy';
import type { RoleSummary } from '../../organization/account-summary';

/** A role reached from a source role through sts:AssumeRole hops; `conditional` when some hop depends on a condition. */
export interface RoleChain {
  readonly path: readonly string[];
  readonly target: RoleSummary;
  readonly conditional: boolean;
}

const MAX_HOPS = 4;

interface Trust {
  readonly document: PolicyDocument;
  /** Every Allow principal value and its account, or 'anyone' for `*` or NotPrincipal. */
  readonly admits: ReadonlySet<string> | 'anyone';
}

/**
 * Parsed trust policies by role summary, shared by every source of an organization evaluation: parsing
 * each target's trust again for each source made the organization stage quadratic in parses.
 */
const parsedTrusts = new WeakMap<RoleSummary, Trust | null>();

function trustOf(role: RoleSummary): Trust | undefined {
  let trust = parsedTrusts.get(role);
  if (trust === undefined) {
    const document = tryParse(role.trustPolicy);
    trust = document === undefined ? null : { document, admits: admitted(document) };
    parsedTrusts.set(role, trust);
  }
  return trust ?? undefined;
}

/**
 * What canAssume's principal match can admit: a value admits a caller only when it is `*`, the caller's
 * ARN or account, or an ARN in the caller's account. A caller outside this set has no Allow statement
 * that names it, so canAssume would answer 'no': the organization stage skips it without evaluating.
 */
function admitted(document: PolicyDocument): ReadonlySet<string> | 'anyone' {
  const values = new Set<string>();
  for (const statement of document.statements) {
    if (statement.effect !== 'Allow') continue;
    if (statement.principal === undefined) return 'anyone';
    for (const value of statement.principal.AWS) {
      if (value === '*') return 'anyone';
      values.add(value);
      const account = parseArn(value)?.account;
      if (account) values.add(account);
    }
  }
  return values;
}

function mayAdmit(trust: Trust, caller: RoleSummary): boolean {
  return trust.admits === 'anyone' || trust.admits.has(caller.accountId) || trust.admits.has(caller.arn);
}

/** Breadth-first over the organization's roles: each hop needs the caller's sts:AssumeRole and the target's trust. */
export function reachableRoles(source: RoleSummary, roles: readonly RoleSummary[]): RoleChain[] {
  const reached = new Map<string, RoleChain>([[source.arn, { path: [source.arn], target: source, conditional: false }]]);
  let frontier = [reached.get(source.arn) as RoleChain];
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop++) {
    const next: RoleChain[] = [];
    for (const chain of frontier) {
      for (const target of roles) {
        if (reached.has(target.arn) || !chain.target.assumeTargets.some((p) => matchesGlob(p, target.arn))) continue;
        const trust = trustOf(target);
        const decision: AssumeDecision =
          trust === undefined || !mayAdmit(trust, chain.target) ? 'no' : canAssume(trust.document, { arn: chain.target.arn, accountId: chain.target.accountId });
        if (decision === 'no') continue;
        const extended = { path: [...chain.path, target.arn], target, conditional: chain.conditional || decision === 'conditional' };
        reached.set(target.arn, extended);
        next.push(extended);
      }
    }
    frontier = next;
  }
  reached.delete(source.arn);
  return [...reached.values()];
}

function tryParse(document: unknown): PolicyDocument | undefined {
  try {
    return parsePolicyDocument(document);
  } catch {
    return undefined;
  }
}
