import type { Rule } from '../../engine/rule';
import { CLUSTER_TYPE, activeClusters, clusterRef } from './cluster-ref';
import { READS } from '../../engine/reads';

export const configMapAuthenticationRule: Rule = {
  metadata: {
    id: 'eks.cluster.config-map-authentication',
    title: 'EKS cluster authenticates only through the aws-auth ConfigMap',
    severity: 'medium',
    resourceType: CLUSTER_TYPE,
    description: 'The cluster authentication mode is CONFIG_MAP: IAM access is granted only by the aws-auth ConfigMap.',
    risk:
      'aws-auth is edited by hand inside the cluster, invisible to IAM and CloudTrail; a typo locks out or lets in ' +
      'principals, and anyone who can edit the ConfigMap can grant themselves system:masters.',
    remediation:
      'Switch the authentication mode to API_AND_CONFIG_MAP, migrate the mappings to access entries, then switch to API.',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html'],
    compliance: [],
    reads: { needs: READS.eksClusters, enriches: [] },
  },
  evaluate({ inventory }) {
    return activeClusters(inventory)
      .filter((cluster) => cluster.authenticationMode === 'CONFIG_MAP')
      .map((cluster) => ({
        region: cluster.region,
        resource: clusterRef(cluster),
        message: `Cluster ${cluster.name} uses the CONFIG_MAP authentication mode.`,
        evidence: { authenticationMode: 'CONFIG_MAP' },
      }));
  },
};
