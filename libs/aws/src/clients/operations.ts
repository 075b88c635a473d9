import * as autoscaling from '@aws-sdk/client-auto-scaling';
import * as ec2 from '@aws-sdk/client-ec2';
import * as ecs from '@aws-sdk/client-ecs';
import * as eks from '@aws-sdk/client-eks';
import * as iam from '@aws-sdk/client-iam';
import * as organizations from '@aws-sdk/client-organizations';
import * as sts from '@aws-sdk/client-sts';
import { KUBERNETES_READS } from './kubernetes-reads';

/**
 * The one table of AWS operations Rolecall calls. Collectors can only call what is listed here
 * (AwsSession.call looks the command up by name), and permissions.ts derives the IAM actions
 * the deploy templates grant from it. `role` says whose permissions the operation needs: `cluster`
 * is not IAM but each EKS cluster's own authorization (an access entry with AmazonEKSViewPolicy), and
 * its reads go to the cluster's Kubernetes API (KubernetesClient), not through an SDK client.
 */
export const OPERATIONS = {
  sts: { role: 'scanner', client: sts.STSClient, commands: { AssumeRole: sts.AssumeRoleCommand } },
  organizations: {
    role: 'discovery',
    client: organizations.OrganizationsClient,
    commands: {
      DescribeOrganization: organizations.DescribeOrganizationCommand,
      ListAccounts: organizations.ListAccountsCommand,
    },
  },
  iam: {
    role: 'member',
    client: iam.IAMClient,
    commands: {
      GetAccountAuthorizationDetails: iam.GetAccountAuthorizationDetailsCommand,
      ListOpenIDConnectProviders: iam.ListOpenIDConnectProvidersCommand,
      GetOpenIDConnectProvider: iam.GetOpenIDConnectProviderCommand,
      GenerateServiceLastAccessedDetails: iam.GenerateServiceLastAccessedDetailsCommand,
      GetServiceLastAccessedDetails: iam.GetServiceLastAccessedDetailsCommand,
    },
  },
  ec2: {
    role: 'member',
    client: ec2.EC2Client,
    commands: {
      DescribeRegions: ec2.DescribeRegionsCommand,
      DescribeInstances: ec2.DescribeInstancesCommand,
      DescribeLaunchTemplates: ec2.DescribeLaunchTemplatesCommand,
      DescribeLaunchTemplateVersions: ec2.DescribeLaunchTemplateVersionsCommand,
      GetInstanceMetadataDefaults: ec2.GetInstanceMetadataDefaultsCommand,
    },
  },
  autoscaling: {
    role: 'member',
    client: autoscaling.AutoScalingClient,
    commands: {
      DescribeAutoScalingGroups: autoscaling.DescribeAutoScalingGroupsCommand,
      DescribeLaunchConfigurations: autoscaling.DescribeLaunchConfigurationsCommand,
    },
  },
  ecs: {
    role: 'member',
    client: ecs.ECSClient,
    commands: {
      ListClusters: ecs.ListClustersCommand,
      DescribeClusters: ecs.DescribeClustersCommand,
      ListServices: ecs.ListServicesCommand,
      DescribeServices: ecs.DescribeServicesCommand,
      ListTasks: ecs.ListTasksCommand,
      DescribeTasks: ecs.DescribeTasksCommand,
      ListContainerInstances: ecs.ListContainerInstancesCommand,
      DescribeContainerInstances: ecs.DescribeContainerInstancesCommand,
      ListTaskDefinitionFamilies: ecs.ListTaskDefinitionFamiliesCommand,
      DescribeTaskDefinition: ecs.DescribeTaskDefinitionCommand,
    },
  },
  eks: {
    role: 'member',
    client: eks.EKSClient,
    commands: {
      ListClusters: eks.ListClustersCommand,
      DescribeCluster: eks.DescribeClusterCommand,
      ListNodegroups: eks.ListNodegroupsCommand,
      DescribeNodegroup: eks.DescribeNodegroupCommand,
      ListFargateProfiles: eks.ListFargateProfilesCommand,
      DescribeFargateProfile: eks.DescribeFargateProfileCommand,
      ListPodIdentityAssociations: eks.ListPodIdentityAssociationsCommand,
      DescribePodIdentityAssociation: eks.DescribePodIdentityAssociationCommand,
      ListAccessEntries: eks.ListAccessEntriesCommand,
      DescribeAccessEntry: eks.DescribeAccessEntryCommand,
      ListAssociatedAccessPolicies: eks.ListAssociatedAccessPoliciesCommand,
    },
  },
  k8s: { role: 'cluster', commands: KUBERNETES_READS },
} as const;

export type OperationTable = typeof OPERATIONS;
export type ServiceName = keyof OperationTable;
/** The services called through an AWS SDK client (AwsSession); `k8s` is called through KubernetesClient. */
export type AwsServiceName = Exclude<ServiceName, 'k8s'>;
export type OperationName<S extends ServiceName> = keyof OperationTable[S]['commands'] & string;
export type PermissionHolder = OperationTable[ServiceName]['role'];

type CommandClass<S extends AwsServiceName, O extends OperationName<S>> = OperationTable[S]['commands'][O];
type CommandInstance<S extends AwsServiceName, O extends OperationName<S>> =
  CommandClass<S, O> extends abstract new (...args: never[]) => infer C ? C : never;

export type OperationInput<S extends AwsServiceName, O extends OperationName<S>> =
  CommandInstance<S, O> extends { input: infer I } ? I : never;
export type OperationOutput<S extends AwsServiceName, O extends OperationName<S>> =
  CommandInstance<S, O> extends { resolveMiddleware(...args: never[]): (...args: never[]) => Promise<{ output: infer R }> }
    ? R
    : never;
