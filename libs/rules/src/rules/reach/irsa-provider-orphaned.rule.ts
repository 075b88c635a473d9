import type { OrganizationRule } from '../../organization/organization-rule';
import { ROLE_TYPE } from '../../workloads/workload-roles';
import { READS, reads } from '../../engine/reads';

const EKS_ISSUER = /^oidc\.eks\.([a-z0-9-]+)\.amazonaws\.com\/id\//;

/** The region whose clusters an EKS issuer belongs to: oidc.eks.<region>.amazonaws.com/id/<id>. */
function issuerRegion(issuer: string): string {
  return EKS_ISSUER.exec(issuer)?.[1] ?? '';
}

export const irsaProviderOrphanedRule: OrganizationRule = {
  metadata: {
    id: 'iam.role.irsa-provider-orphaned',
    title: 'IRSA role trusts an EKS issuer that no cluster in the organization has',
    severity: 'low',
    resourceType: ROLE_TYPE,
    description:
      'The role trusts an EKS OIDC issuer that matches no cluster of any scanned account. Evaluated over all accounts of a scan.',
    risk: 'A trust left behind by a deleted cluster: nobody reviews it, and it revives if the provider is registered again.',
    remediation:
      'Delete the role (and the OIDC provider) if the cluster is gone, or replace the Federated principal and the ' +
      '"<issuer>:sub" condition keys with the issuer of the cluster that now runs the workload.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html'],
    compliance: [],
    reads: { needs: reads(READS.roles, READS.eksClusters), enriches: [], concludesFromAbsence: true },
  },
  evaluate: () => [],
  evaluateOrganization({ summaries }) {
    const live = new Set(summaries.flatMap((s) => s.clusterIssuers));
    return summaries.flatMap((summary) =>
      summary.roles.flatMap((role) =>
        role.irsaIssuers
          .filter((issuer) => EKS_ISSUER.test(issuer) && !live.has(issuer))
          .map((issuer) => ({
            accountId: role.accountId,
            region: 'global',
            searchedRegion: issuerRegion(issuer),
            resource: { arn: role.arn, type: ROLE_TYPE, name: role.roleName },
            key: issuer,
            message: `Role ${role.roleName} trusts ${issuer}, which no cluster in the organization has.`,
            evidence: { issuer, adminEquivalent: role.adminEquivalent },
          })),
      ),
    );
  },
};
