import type { Severity } from '@rolecall/model';
import type { Rule } from '../../engine/rule';
import type { CiProvider } from '../../policy';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { ciEvidence, ciOidcGrants, PROVIDER_NAMES } from './ci-oidc-trust';
import { trustHit } from './role-trust';
import { READS } from '../../engine/reads';

/** Shared issuers (every customer of the service holds tokens from them) are critical; per-workspace issuers high. */
const SEVERITY: Readonly<Record<CiProvider, Severity>> = {
  'github-actions': 'critical',
  gitlab: 'critical',
  'terraform-cloud': 'critical',
  bitbucket: 'high',
  other: 'high',
};

export const ciOidcSubUnscopedRule: Rule = {
  metadata: {
    id: 'iam.role.ci-oidc-sub-unscoped',
    title: 'Role trusts a CI OIDC provider for any subject',
    severity: 'critical',
    resourceType: ROLE_TYPE,
    description:
      'The trust policy lets an external OIDC provider (GitHub Actions token.actions.githubusercontent.com, GitLab, ' +
      'Terraform Cloud app.terraform.io, Bitbucket Pipelines or another non-EKS provider) assume the role with ' +
      'sts:AssumeRoleWithWebIdentity, with no effective condition on <issuer>:sub, or one admitting every subject ' +
      '("*", "repo:*").',
    risk:
      'Anyone who can run a pipeline on the provider gets the role: for GitHub Actions, any workflow of any repository ' +
      'on github.com, including one an attacker creates for the purpose.',
    remediation:
      'Add "StringEquals": {"<issuer>:sub": "repo:<org>/<repo>:ref:refs/heads/<branch>"} (or ' +
      '"repo:<org>/<repo>:environment:<name>"; GitLab "project_path:<group>/<project>:ref_type:branch:ref:<branch>"; ' +
      'Terraform Cloud "organization:<org>:project:<project>:workspace:<workspace>:run_phase:<phase>") and ' +
      '"<issuer>:aud" to the trust statement.',
    references: [
      'https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub',
      'https://docs.gitlab.com/ee/ci/cloud_services/aws/',
      'https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/aws-configuration',
    ],
    compliance: [],
    reads: { needs: READS.roles, enriches: [] },
  },
  evaluate(context) {
    return ciOidcGrants(context)
      .filter(({ ci }) => ci.reach === 'any-subject')
      .map(({ role, grant, ci }) =>
        trustHit(context, role, grant, {
          severity: SEVERITY[ci.provider],
          message: `Role ${role.roleName} trusts ${PROVIDER_NAMES[ci.provider]} (${ci.issuer}) for any subject: any of its pipelines can assume it.`,
          evidence: ciEvidence(ci),
        }),
      );
  },
};
