import type { EksInventory } from '@rolecall/model';
import { FARGATE_ARN, NODEGROUP_ARN, accessEntryArn } from './prod-account.fixture';
import { EKS_LT, OIDC_URL, PROD, role } from './prod-iam.fixture';

const west = { accountId: PROD, region: 'eu-west-1' };
const inPayments = { ...west, clusterName: 'payments' };
const PAYMENTS_ARN = `arn:aws:eks:eu-west-1:${PROD}:cluster/payments`;

/** Where a Kubernetes object of the payments cluster lives, and its id. */
function inPaymentsApi(namespace: string, kind: string, name: string) {
  return { id: `k8s://${PAYMENTS_ARN}/${namespace}/${kind}/${name}`, clusterArn: PAYMENTS_ARN, ...west, name };
}

/** What collecting workloads-prod must find in EKS, exactly (no access entries read for the CONFIG_MAP cluster). */
export const PROD_EKS: EksInventory = {
  clusters: [
    {
      arn: `arn:aws:eks:eu-west-1:${PROD}:cluster/payments`,
      ...west,
      name: 'payments',
      status: 'ACTIVE',
      version: '1.31',
      roleArn: role('eks-cluster'),
      oidcIssuer: OIDC_URL,
      endpointPublicAccess: true,
      endpointPrivateAccess: false,
      publicAccessCidrs: ['0.0.0.0/0'],
      authenticationMode: 'API_AND_CONFIG_MAP',
      bootstrapClusterCreatorAdminPermissions: true,
      encryption: [{ resources: ['secrets'], keyArn: `arn:aws:kms:eu-west-1:${PROD}:key/payments` }],
      enabledLogTypes: ['api', 'audit'],
      tags: { team: 'payments' },
    },
    {
      arn: `arn:aws:eks:eu-west-1:${PROD}:cluster/legacy`,
      ...west,
      name: 'legacy',
      status: 'ACTIVE',
      version: '1.29',
      roleArn: role('eks-cluster'),
      endpointPublicAccess: false,
      endpointPrivateAccess: true,
      publicAccessCidrs: [],
      authenticationMode: 'CONFIG_MAP',
      encryption: [],
      enabledLogTypes: [],
      tags: {},
    },
  ],
  nodegroups: [
    {
      arn: NODEGROUP_ARN,
      ...inPayments,
      name: 'general',
      status: 'ACTIVE',
      nodeRoleArn: role('eks-node'),
      launchTemplate: { id: EKS_LT, name: 'eks-general', version: '1' },
      autoScalingGroupNames: ['eks-general-asg'],
      amiType: 'AL2023_x86_64_STANDARD',
      capacityType: 'ON_DEMAND',
      tags: {},
    },
  ],
  fargateProfiles: [
    {
      arn: FARGATE_ARN,
      ...inPayments,
      name: 'kube-system',
      status: 'ACTIVE',
      podExecutionRoleArn: role('fargate-pod-exec'),
      selectors: [{ namespace: 'kube-system', labels: {} }],
      tags: {},
    },
  ],
  podIdentityAssociations: [
    {
      arn: `arn:aws:eks:eu-west-1:${PROD}:podidentityassociation/payments/a-0123456789abcdef0`,
      ...inPayments,
      associationId: 'a-0123456789abcdef0',
      namespace: 'default',
      serviceAccount: 'default',
      roleArn: role('pod-reader'),
      tags: {},
    },
  ],
  accessEntries: [
    {
      arn: accessEntryArn('999999999999', 'contractor'),
      ...inPayments,
      principalArn: 'arn:aws:iam::999999999999:role/contractor',
      type: 'STANDARD',
      username: 'arn:aws:sts::999999999999:assumed-role/contractor/{{SessionName}}',
      kubernetesGroups: [],
      accessPolicies: [{ policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', scopeType: 'cluster', namespaces: [] }],
      tags: {},
    },
    {
      arn: accessEntryArn(PROD, 'eks-node'),
      ...inPayments,
      principalArn: role('eks-node'),
      type: 'EC2_LINUX',
      username: `arn:aws:sts::${PROD}:assumed-role/eks-node/{{SessionName}}`,
      kubernetesGroups: [],
      accessPolicies: [],
      tags: {},
    },
  ],
  // Read from the payments cluster's Kubernetes API; the legacy cluster is private.
  serviceAccounts: [
    { ...inPaymentsApi('payments', 'ServiceAccount', 'ledger'), namespace: 'payments', roleArn: role('payments-irsa'), automountServiceAccountToken: false },
    { ...inPaymentsApi('payments', 'ServiceAccount', 'default'), namespace: 'payments' },
  ],
  pods: [
    {
      ...inPaymentsApi('payments', 'Pod', 'ledger-7d9f-abcde'),
      namespace: 'payments',
      serviceAccountName: 'ledger',
      owner: 'ReplicaSet/ledger-7d9f',
      hostNetwork: false,
      hostPID: false,
      hostIPC: false,
      runAsNonRoot: true,
      runAsUser: 10001,
      hostPathVolumes: [{ name: 'logs', path: '/var/log' }],
      containers: [
        { name: 'migrate', init: true, readOnlyRootFilesystem: true, capabilitiesAdd: [] },
        { name: 'app', init: false, privileged: false, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilitiesAdd: ['NET_BIND_SERVICE'] },
      ],
    },
    {
      ...inPaymentsApi('kube-system', 'Pod', 'node-agent-x1'),
      namespace: 'kube-system',
      serviceAccountName: 'default',
      hostNetwork: true,
      hostPID: true,
      hostIPC: false,
      hostPathVolumes: [],
      containers: [{ name: 'agent', init: false, privileged: true, capabilitiesAdd: [] }],
    },
  ],
  awsAuth: [
    {
      ...inPaymentsApi('kube-system', 'ConfigMap', 'aws-auth'),
      mappings: [
        { kind: 'role', arn: role('RolecallAudit'), username: 'rolecall', groups: ['rolecall-viewers'] },
        { kind: 'role', arn: role('eks-node'), username: 'system:node:{{EC2PrivateDNSName}}', groups: ['system:bootstrappers', 'system:nodes'] },
        { kind: 'user', arn: `arn:aws:iam::${PROD}:user/breakglass`, groups: ['system:masters'] },
      ],
      unparsedEntries: 1,
    },
  ],
  clusterRoleBindings: [
    {
      ...inPaymentsApi('_cluster', 'ClusterRoleBinding', 'rolecall-view'),
      roleRef: { kind: 'ClusterRole', name: 'view' },
      subjects: [{ kind: 'Group', name: 'rolecall-viewers' }],
    },
  ],
};
