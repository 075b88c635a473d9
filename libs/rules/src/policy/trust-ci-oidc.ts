import { parseOperator } from './condition.operators';
import type { ClaimConstraint, WebIdentityFacts } from './trust-web-identity';
import { hasWildcard } from './wildcard.matcher';

/** OIDC providers that CI systems use to reach AWS from outside (by issuer); `other` is any non-EKS provider. */
export type CiProvider = 'github-actions' | 'gitlab' | 'terraform-cloud' | 'bitbucket' | 'other';

/**
 * How far a web-identity trust's sub reaches, read in the provider's subject format:
 * - `any-subject`: no effective sub condition, or one admitting every subject (`*`, `repo:*`): any
 *   repository of any owner on the provider (for GitHub, every public repository in the world);
 * - `repository-wildcard`: a whole owner (`repo:org/*`, `project_path:group/*`, a Terraform Cloud
 *   organization's every workspace);
 * - `ref-wildcard`: one repository but any branch, pull request or environment (`repo:org/app:*`).
 */
export type CiSubjectReach = 'any-subject' | 'repository-wildcard' | 'ref-wildcard';

export interface CiOidcFacts {
  readonly provider: CiProvider;
  readonly issuer: string;
  /** Unset when every admitted subject is pinned (one repository and one ref or environment). */
  readonly reach?: CiSubjectReach;
  /** The sub values of the clause read (the strictest effective one). */
  readonly subjects: readonly string[];
  /** No effective condition on the provider's aud. */
  readonly audMissing: boolean;
}

const EKS_ISSUER = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\//i;

/** The CI provider of an issuer, or undefined for EKS clusters (IRSA) and public identity providers. */
export function ciProviderOf(facts: WebIdentityFacts): CiProvider | undefined {
  if (facts.providerType !== 'oidc-provider' || EKS_ISSUER.test(facts.issuer)) return undefined;
  const issuer = facts.issuer.toLowerCase();
  if (issuer === 'token.actions.githubusercontent.com' || issuer.startsWith('token.actions.githubusercontent.com/')) return 'github-actions';
  if (issuer === 'gitlab.com' || issuer.startsWith('gitlab.')) return 'gitlab';
  if (issuer === 'app.terraform.io') return 'terraform-cloud';
  if (issuer.startsWith('api.bitbucket.org/2.0/workspaces/')) return 'bitbucket';
  return 'other';
}

/** Whether the issuer is an EKS cluster's (IRSA), whose subjects are service accounts. */
export function isEksIssuer(issuer: string): boolean {
  return EKS_ISSUER.test(issuer);
}

export function ciOidcFacts(facts: WebIdentityFacts): CiOidcFacts | undefined {
  const provider = ciProviderOf(facts);
  if (provider === undefined) return undefined;
  const effective = facts.sub.constraints.filter((c) => c.effective);
  const strictest = effective.find((c) => c.weakness === undefined) ?? effective[0];
  const base = { provider, issuer: facts.issuer, audMissing: !facts.aud.effective };
  if (strictest === undefined) return { ...base, reach: 'any-subject', subjects: [] };
  const reaches = strictest.values.map((value) => reachOf(provider, value, wildcards(strictest)));
  const reach = WORST_FIRST.find((candidate) => reaches.includes(candidate));
  return { ...base, ...(reach === undefined ? {} : { reach }), subjects: strictest.values };
}

const WORST_FIRST: readonly CiSubjectReach[] = ['any-subject', 'repository-wildcard', 'ref-wildcard'];

function wildcards(constraint: ClaimConstraint): boolean {
  return parseOperator(constraint.operator).wildcards;
}

/** The reach of one sub value: the segments (owner, repository, ref) that hold a wildcard. */
function reachOf(provider: CiProvider, value: string, wildcard: boolean): CiSubjectReach | undefined {
  // Subjects of Bitbucket and unknown providers have no known format: only a wildcard-all clause (not effective) is any-subject.
  if (!wildcard || !hasWildcard(value) || provider === 'bitbucket' || provider === 'other') return undefined;
  const segments = subjectSegments(provider, value);
  if (segments === undefined) return 'any-subject';
  const [owner, repository, ref] = segments;
  if (hasWildcard(owner)) return 'any-subject';
  if (repository === undefined || hasWildcard(repository)) return 'repository-wildcard';
  return ref === undefined || hasWildcard(ref) ? 'ref-wildcard' : undefined;
}

/**
 * Owner, repository and ref of a subject in the provider's format; undefined when the value does not
 * start with the provider's prefix (a wildcard there admits any subject). `*` crosses `/` and `:`,
 * so everything after the first wildcard belongs to the segment holding it.
 * - GitHub: `repo:<owner>/<repo>:<ref:refs/heads/main | environment:prod | pull_request>`
 * - GitLab: `project_path:<group>/<project>:ref_type:<branch>:ref:<main>`
 * - Terraform Cloud: `organization:<org>:project:<p>:workspace:<w>:run_phase:<phase>`
 * - Bitbucket and others: the whole value is the owner (any wildcard admits any subject).
 */
function subjectSegments(provider: CiProvider, value: string): [string, string | undefined, string | undefined] | undefined {
  const split = (text: string, separator: string): [string, string | undefined] => {
    const at = firstOf(text, separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
  };
  if (provider === 'github-actions' || provider === 'gitlab') {
    const prefix = provider === 'github-actions' ? 'repo:' : 'project_path:';
    if (!value.startsWith(prefix)) return undefined;
    const [path, ref] = split(value.slice(prefix.length), ':');
    const lastSlash = firstWildcard(path) < 0 ? path.lastIndexOf('/') : path.slice(0, firstWildcard(path)).lastIndexOf('/');
    if (lastSlash < 0) return [path, undefined, ref];
    return [path.slice(0, lastSlash), path.slice(lastSlash + 1), ref];
  }
  if (provider === 'terraform-cloud') {
    if (!value.startsWith('organization:')) return undefined;
    const [organization, rest] = split(value.slice('organization:'.length), ':');
    if (rest === undefined) return [organization, undefined, undefined];
    const phaseAt = rest.indexOf(':run_phase:');
    return phaseAt < 0 ? [organization, rest, undefined] : [organization, rest.slice(0, phaseAt), rest.slice(phaseAt + ':run_phase:'.length)];
  }
  return [value, '', ''];
}


/** The first separator before any wildcard; a separator after a wildcard is swallowed by it (-1 then). */
function firstOf(text: string, separator: string): number {
  const at = text.indexOf(separator);
  const wildcard = firstWildcard(text);
  return wildcard >= 0 && (at < 0 || wildcard < at) ? -1 : at;
}

function firstWildcard(text: string): number {
  const match = /[*?]/.exec(text);
  return match === null ? -1 : match.index;
}
