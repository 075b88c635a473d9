import type { Rule } from '../../engine/rule';
import { CLUSTER_TYPE, activeClusters, clusterRef } from './cluster-ref';
import { READS } from '../../engine/reads';

export const publicEndpointOpenRule: Rule = {
  metadata: {
    id: 'eks.cluster.public-endpoint-open',
    title: 'EKS API endpoint is public to the whole internet',
    severity: 'high',
    resourceType: CLUSTER_TYPE,
    description: 'The cluster API server endpoint is publicly accessible from 0.0.0.0/0.',
    risk:
      'Anyone can reach the Kubernetes API: leaked kubeconfig tokens, IAM credentials mapped into the cluster and ' +
      'API server vulnerabilities become exploitable from anywhere.',
    remediation:
      'Disable public access (private endpoint only), or restrict publicAccessCidrs to the corporate egress ranges.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1',
    ],
    compliance: ['AWS Security Hub EKS.1'],
    reads: { needs: READS.eksClusters, enriches: [] },
  },
  evaluate({ inventory }) {
    return activeClusters(inventory)
      .filter((cluster) => cluster.endpointPublicAccess && (cluster.publicAccessCidrs.length === 0 || cluster.publicAccessCidrs.includes('0.0.0.0/0')))
      .map((cluster) => ({
        region: cluster.region,
        resource: clusterRef(cluster),
        message: `The API endpoint of cluster ${cluster.name} is public to 0.0.0.0/0.`,
        evidence: { endpointPublicAccess: true, endpointPrivateAccess: cluster.endpointPrivateAccess, publicAccessCidrs: ['0.0.0.0/0'] },
      }));
  },
};
