/** An AWS operation as the collectors' operations table names it: "service:Operation". */
export type OperationId = `${string}:${string}`;

/**
 * What a rule reads, as the AWS operations behind that data. A failed `needs` operation leaves the
 * resources it would have shown not assessed; a failed `enriches` operation only lowers the certainty
 * of a finding (its evidence lists what was not read). The engine, not the rule, decides from the gaps.
 */
export interface RuleReads {
  needs: readonly OperationId[];
  enriches: readonly OperationId[];
  /**
   * The rule concludes from absence (a provider, a cluster or a role that was not found): a hit where
   * one of its `needs` failed may be nothing but the missing data, so the engine withholds it and lists
   * the resource as not assessed.
   */
  concludesFromAbsence?: boolean;
}

const ecsClusters = ['ecs:ListClusters', 'ecs:DescribeClusters'] as const;
const eksClusters = ['eks:ListClusters', 'eks:DescribeCluster'] as const;

/** The collectors' reads, grouped by the inventory they fill (each group lists what it depends on). */
export const READS = {
  roles: ['iam:GetAccountAuthorizationDetails'],
  oidcProviders: ['iam:ListOpenIDConnectProviders', 'iam:GetOpenIDConnectProvider'],
  accessAdvisor: ['iam:GenerateServiceLastAccessedDetails', 'iam:GetServiceLastAccessedDetails'],
  ecsClusters,
  ecsServices: [...ecsClusters, 'ecs:ListServices', 'ecs:DescribeServices'],
  ecsTasks: [...ecsClusters, 'ecs:ListTasks', 'ecs:DescribeTasks'],
  ecsContainerInstances: [...ecsClusters, 'ecs:ListContainerInstances', 'ecs:DescribeContainerInstances'],
  /** Task definitions in play: each family's latest revision and every revision a service or task runs. */
  taskDefinitions: [
    ...ecsClusters,
    'ecs:ListServices',
    'ecs:DescribeServices',
    'ecs:ListTasks',
    'ecs:DescribeTasks',
    'ecs:ListTaskDefinitionFamilies',
    'ecs:DescribeTaskDefinition',
  ],
  eksClusters,
  nodegroups: [...eksClusters, 'eks:ListNodegroups', 'eks:DescribeNodegroup'],
  fargateProfiles: [...eksClusters, 'eks:ListFargateProfiles', 'eks:DescribeFargateProfile'],
  podIdentity: [...eksClusters, 'eks:ListPodIdentityAssociations', 'eks:DescribePodIdentityAssociation'],
  accessEntries: [...eksClusters, 'eks:ListAccessEntries', 'eks:DescribeAccessEntry', 'eks:ListAssociatedAccessPolicies'],
  /** Each cluster's Kubernetes API (read only where DescribeCluster gave its endpoint). */
  kubernetesServiceAccounts: [...eksClusters, 'k8s:ListServiceAccounts'],
  kubernetesPods: [...eksClusters, 'k8s:ListPods'],
  awsAuth: [...eksClusters, 'k8s:GetConfigMap'],
  clusterRoleBindings: [...eksClusters, 'k8s:ListClusterRoleBindings'],
  instances: ['ec2:DescribeInstances'],
  launchTemplates: ['ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions'],
  imdsDefaults: ['ec2:GetInstanceMetadataDefaults'],
  autoScalingGroups: ['autoscaling:DescribeAutoScalingGroups'],
  launchConfigurations: ['autoscaling:DescribeLaunchConfigurations'],
} as const satisfies Record<string, readonly OperationId[]>;

/** Every rule needs the account's regions: without them no region was read at all. */
export const ALWAYS_NEEDED: readonly OperationId[] = ['ec2:DescribeRegions'];

/** The operations of several groups, once each, in order. */
export function reads(...groups: (readonly OperationId[])[]): OperationId[] {
  return [...new Set(groups.flat())];
}
