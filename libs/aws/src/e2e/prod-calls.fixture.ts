import type { CallCounts } from '@rolecall/aws-sim';

/** The calls collecting workloads-prod costs: per region, lists; per item, only what has no batch form. */
export const PROD_CALLS: Record<string, number> = {
  'sts:AssumeRole': 1,
  'ec2:DescribeRegions': 1,
  // IAM: one GetAccountAuthorizationDetails page for all roles and policies; one OIDC provider;
  // Access Advisor for the 3 workload roles (web-task, payments-irsa, pod-reader), polled twice each.
  'iam:GetAccountAuthorizationDetails': 1,
  'iam:ListOpenIDConnectProviders': 1,
  'iam:GetOpenIDConnectProvider': 1,
  'iam:GenerateServiceLastAccessedDetails': 3,
  'iam:GetServiceLastAccessedDetails': 6,
  // 3 regions each: the list calls that prove a region empty.
  'ec2:DescribeInstances': 3,
  'ec2:DescribeLaunchTemplates': 3,
  'ec2:GetInstanceMetadataDefaults': 3,
  'autoscaling:DescribeAutoScalingGroups': 3,
  'ecs:ListClusters': 3,
  'ecs:ListTaskDefinitionFamilies': 3,
  'eks:ListClusters': 3,
  // $Default/$Latest in the two regions with templates, plus version 1 of ecs-nodes (an instance runs it).
  'ec2:DescribeLaunchTemplateVersions': 3,
  'autoscaling:DescribeLaunchConfigurations': 1,
  'ecs:DescribeClusters': 1,
  'ecs:ListServices': 1,
  'ecs:DescribeServices': 1,
  'ecs:ListTasks': 1,
  'ecs:DescribeTasks': 1,
  'ecs:ListContainerInstances': 1,
  'ecs:DescribeContainerInstances': 1,
  // web and worker families' latest revisions, plus web:1 that a task runs.
  'ecs:DescribeTaskDefinition': 3,
  'eks:DescribeCluster': 2,
  'eks:ListNodegroups': 2,
  'eks:DescribeNodegroup': 1,
  'eks:ListFargateProfiles': 2,
  'eks:DescribeFargateProfile': 1,
  'eks:ListPodIdentityAssociations': 2,
  'eks:DescribePodIdentityAssociation': 1,
  // Only the API_AND_CONFIG_MAP cluster: the CONFIG_MAP one has no access entries to list.
  'eks:ListAccessEntries': 1,
  'eks:DescribeAccessEntry': 2,
  'eks:ListAssociatedAccessPolicies': 2,
  // The payments cluster's Kubernetes API, one page each (the legacy cluster is private: not called).
  'k8s:ListServiceAccounts': 1,
  'k8s:ListPods': 1,
  'k8s:GetConfigMap': 1,
  'k8s:ListClusterRoleBindings': 1,
};

/** The simulator's call log for one account as "service:Operation" -> count (all outcomes). */
export function simulatorCallsFor(counts: CallCounts, account: string): Record<string, number> {
  const byOperation: Record<string, number> = {};
  for (const row of counts.calls.filter((call) => call.account === account)) {
    const key = `${row.service}:${row.operation}`;
    byOperation[key] = (byOperation[key] ?? 0) + row.count;
  }
  return byOperation;
}
