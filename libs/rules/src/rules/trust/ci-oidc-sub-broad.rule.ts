import type { Rule } from '../../engine/rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { ciEvidence, ciOidcGrants, PROVIDER_NAMES } from './ci-oidc-trust';
import { trustHit } from './role-trust';
import { READS } from '../../engine/reads';

export const ciOidcSubBroadRule: Rule = {
  metadata: {
    id: 'iam.role.ci-oidc-sub-broad',
    title: 'Role trusts a CI OIDC provider for a whole owner or any branch',
    severity: 'high',
    resourceType: ROLE_TYPE,
    description:
      'The sub condition of a GitHub Actions, GitLab or Terraform Cloud trust admits a wildcard: every repository of an ' +
      'owner ("repo:org/*", "project_path:group/*", every workspace of a Terraform Cloud organization; high), or every ' +
      'branch, pull request or environment of one repository ("repo:org/app:*"; medium).',
    risk:
      'Any repository of the organization, or any branch or pull request of the repository, can deploy with the role: ' +
      'a contributor who can push a branch gets production credentials without review.',
    remediation:
      'Pin the subject to one repository and the protected branch or deployment environment that deploys: ' +
      '"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:<org>/<repo>:environment:production"}.',
    references: [
      'https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub',
    ],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return ciOidcGrants(context)
      .filter(({ ci }) => ci.reach === 'repository-wildcard' || ci.reach === 'ref-wildcard')
      .map(({ role, grant, ci }) =>
        trustHit(context, role, grant, {
          severity: ci.reach === 'repository-wildcard' ? 'high' : 'medium',
          message:
            ci.reach === 'repository-wildcard'
              ? `Role ${role.roleName} trusts ${PROVIDER_NAMES[ci.provider]} for every repository matching ${ci.subjects.join(', ')}.`
              : `Role ${role.roleName} trusts ${PROVIDER_NAMES[ci.provider]} for any branch or environment of ${ci.subjects.join(', ')}.`,
          evidence: ciEvidence(ci),
        }),
      );
  },
};
