import type { Rule } from '../../engine/rule';
import { CLUSTER_TYPE, activeClusters, clusterRef } from './cluster-ref';
import { READS } from '../../engine/reads';

export const auditLoggingDisabledRule: Rule = {
  metadata: {
    id: 'eks.cluster.audit-logging-disabled',
    title: 'EKS audit logging is off',
    severity: 'medium',
    resourceType: CLUSTER_TYPE,
    description: 'The cluster does not send "audit" control plane logs to CloudWatch Logs.',
    risk: 'Without audit logs there is no record of who read secrets, exec-ed into pods or changed RBAC: an intrusion leaves no trace.',
    remediation: 'Enable the audit (and authenticator) log types: aws eks update-cluster-config --logging \'{"clusterLogging":[{"types":["audit","authenticator"],"enabled":true}]}\'.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8',
    ],
    compliance: ['AWS Security Hub EKS.8'],
    reads: { needs: READS.eksClusters, enriches: [] },
  },
  evaluate({ inventory }) {
    return activeClusters(inventory)
      .filter((cluster) => !cluster.enabledLogTypes.includes('audit'))
      .map((cluster) => ({
        region: cluster.region,
        resource: clusterRef(cluster),
        message: `Cluster ${cluster.name} does not log audit events.`,
        evidence: { enabledLogTypes: cluster.enabledLogTypes },
      }));
  },
};
