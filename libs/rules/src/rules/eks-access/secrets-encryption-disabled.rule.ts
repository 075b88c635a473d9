import type { Rule } from '../../engine/rule';
import { CLUSTER_TYPE, activeClusters, clusterRef } from './cluster-ref';
import { READS } from '../../engine/reads';

export const secretsEncryptionDisabledRule: Rule = {
  metadata: {
    id: 'eks.cluster.secrets-encryption-disabled',
    title: 'EKS secrets are not envelope-encrypted with KMS',
    severity: 'medium',
    resourceType: CLUSTER_TYPE,
    description: 'The cluster has no encryptionConfig covering "secrets" with a KMS key.',
    risk: 'Kubernetes secrets (service account tokens, credentials) sit in etcd without a customer-controlled key to audit or revoke.',
    remediation: 'Associate a KMS key for secrets encryption: aws eks associate-encryption-config --encryption-config resources=secrets,provider={keyArn=...}.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3',
    ],
    compliance: ['AWS Security Hub EKS.3'],
    reads: { needs: READS.eksClusters, enriches: [] },
  },
  evaluate({ inventory }) {
    return activeClusters(inventory)
      .filter((cluster) => !cluster.encryption.some((config) => config.resources.includes('secrets') && config.keyArn !== undefined))
      .map((cluster) => ({
        region: cluster.region,
        resource: clusterRef(cluster),
        message: `Cluster ${cluster.name} does not encrypt secrets with a KMS key.`,
        evidence: { secretsEncryption: false },
      }));
  },
};
