import { CREATED, type WorldAccount } from './world-parts.fixture';
import {
  ECS_LT, ECS_USER_DATA, EKS_LT, LC_USER_DATA, OIDC_URL, PLAINTEXT_SECRET, PROD, UNUSED_LT,
  base64, container, prodIam, role, taskDefinitionArn,
} from './prod-iam.fixture';

type Regional = NonNullable<WorldAccount['regional']>[string];

export const CLUSTER_ARN = `arn:aws:ecs:us-east-1:${PROD}:cluster/prod`;
export const CONTAINER_INSTANCE_ARN = `arn:aws:ecs:us-east-1:${PROD}:container-instance/prod/0123456789abcdef0123456789abcdef`;
export const LEGACY_LC_ARN = `arn:aws:autoscaling:us-east-1:${PROD}:launchConfiguration:00000000-0000-4000-8000-000000000001:launchConfigurationName/legacy-lc`;
export const NODEGROUP_ARN = `arn:aws:eks:eu-west-1:${PROD}:nodegroup/payments/general/00000000-0000-4000-8000-000000000002`;
export const FARGATE_ARN = `arn:aws:eks:eu-west-1:${PROD}:fargateprofile/payments/kube-system/00000000-0000-4000-8000-000000000003`;
export const asgArn = (region: string, name: string) =>
  `arn:aws:autoscaling:${region}:${PROD}:autoScalingGroup:00000000-0000-4000-8000-000000000000:autoScalingGroupName/${name}`;
export const accessEntryArn = (account: string, name: string) =>
  `arn:aws:eks:eu-west-1:${PROD}:access-entry/payments/role/${account}/${name}/00000000-0000-4000-8000-000000000004`;
export const TASK_ARN = `arn:aws:ecs:us-east-1:${PROD}:task/prod/fedcba9876543210fedcba9876543210`;

function usEast1(): Regional {
  return {
    ec2: {
      instances: [
        {
          InstanceId: 'i-0aaa00000000000a1',
          ImageId: 'ami-0ecs000000000001',
          InstanceType: 'm5.large',
          LaunchTime: CREATED,
          SubnetId: 'subnet-0a',
          VpcId: 'vpc-0a',
          IamInstanceProfile: { Arn: `arn:aws:iam::${PROD}:instance-profile/ecs-instance` },
          MetadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 2 },
          Tags: [
            { Key: 'aws:ec2launchtemplate:id', Value: ECS_LT },
            { Key: 'aws:ec2launchtemplate:version', Value: '1' },
          ],
        },
        { InstanceId: 'i-0aaa00000000000a2', ImageId: 'ami-0old', InstanceType: 't3.micro', LaunchTime: CREATED, State: { Name: 'terminated' } },
      ],
      launchTemplates: [
        {
          LaunchTemplateId: ECS_LT,
          LaunchTemplateName: 'ecs-nodes',
          CreateTime: CREATED,
          DefaultVersionNumber: 2,
          Versions: [
            { VersionNumber: 1, CreateTime: CREATED, LaunchTemplateData: { MetadataOptions: { HttpTokens: 'optional' }, UserData: base64(ECS_USER_DATA) } },
            { VersionNumber: 2, CreateTime: CREATED, LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } } },
            { VersionNumber: 3, CreateTime: CREATED, LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1 } } },
          ],
        },
        { LaunchTemplateId: UNUSED_LT, LaunchTemplateName: 'unused', CreateTime: CREATED, Versions: [{ VersionNumber: 1, CreateTime: CREATED, LaunchTemplateData: { ImageId: 'ami-1' } }] },
      ],
      instanceMetadataDefaults: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
    },
    autoscaling: {
      autoScalingGroups: [
        { AutoScalingGroupName: 'ecs-nodes', AutoScalingGroupARN: asgArn('us-east-1', 'ecs-nodes'), LaunchTemplate: { LaunchTemplateId: ECS_LT, Version: '$Latest' }, MinSize: 1, MaxSize: 2, DesiredCapacity: 1, CreatedTime: CREATED, Instances: [{ InstanceId: 'i-0aaa00000000000a1', AvailabilityZone: 'us-east-1a' }] },
        { AutoScalingGroupName: 'legacy', AutoScalingGroupARN: asgArn('us-east-1', 'legacy'), LaunchConfigurationName: 'legacy-lc', MinSize: 0, MaxSize: 1, DesiredCapacity: 0, CreatedTime: CREATED },
      ],
      launchConfigurations: [
        { LaunchConfigurationName: 'legacy-lc', LaunchConfigurationARN: LEGACY_LC_ARN, ImageId: 'ami-legacy', InstanceType: 't3.micro', CreatedTime: CREATED, IamInstanceProfile: 'ecs-instance', MetadataOptions: { HttpTokens: 'optional' }, UserData: base64(LC_USER_DATA) },
        { LaunchConfigurationName: 'orphan-lc', ImageId: 'ami-orphan', InstanceType: 't3.micro', CreatedTime: CREATED },
      ],
    },
    ecs: {
      clusters: [
        {
          clusterName: 'prod',
          settings: [{ name: 'containerInsights', value: 'enabled' }],
          configuration: { executeCommandConfiguration: { logging: 'DEFAULT' } },
          tags: [{ key: 'env', value: 'prod' }],
          services: [
            {
              serviceName: 'web',
              taskDefinition: taskDefinitionArn('web:2'),
              desiredCount: 2,
              runningCount: 2,
              launchType: 'FARGATE',
              platformVersion: 'LATEST',
              networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a'], securityGroups: ['sg-0a'], assignPublicIp: 'DISABLED' } },
              enableExecuteCommand: true,
              createdAt: CREATED,
            },
          ],
          containerInstances: [
            { containerInstanceArn: CONTAINER_INSTANCE_ARN, ec2InstanceId: 'i-0aaa00000000000a1', versionInfo: { agentVersion: '1.89.0' }, registeredAt: CREATED },
          ],
          tasks: [
            { taskArn: TASK_ARN, taskDefinitionArn: taskDefinitionArn('web:1'), containerInstanceArn: CONTAINER_INSTANCE_ARN, group: 'family:web', launchType: 'EC2', createdAt: CREATED },
          ],
        },
      ],
      taskDefinitions: [
        { family: 'web', revision: 1, taskRoleArn: role('web-task'), executionRoleArn: role('web-exec'), networkMode: 'bridge', containerDefinitions: [container('web')], requiresCompatibilities: ['EC2'], registeredAt: CREATED },
        { family: 'web', revision: 2, taskRoleArn: role('web-task'), executionRoleArn: role('web-exec'), networkMode: 'awsvpc', containerDefinitions: [{ ...container('web'), readonlyRootFilesystem: true, user: '1000' }], requiresCompatibilities: ['FARGATE'], registeredAt: CREATED, tags: [{ key: 'team', value: 'web' }] },
        {
          family: 'worker',
          revision: 3,
          networkMode: 'host',
          containerDefinitions: [
            {
              ...container('worker'),
              privileged: true,
              environment: [{ name: 'AWS_SECRET_ACCESS_KEY', value: PLAINTEXT_SECRET }],
              linuxParameters: { capabilities: { add: ['SYS_ADMIN'] } },
              mountPoints: [{ sourceVolume: 'docker', containerPath: '/var/run/docker.sock' }],
            },
          ],
          volumes: [{ name: 'docker', host: { sourcePath: '/var/run/docker.sock' } }],
          registeredAt: CREATED,
        },
        { family: 'batch', revision: 1, status: 'INACTIVE', containerDefinitions: [container('batch')], registeredAt: CREATED },
      ],
    },
  };
}

function euWest1(): Regional {
  return {
    ec2: {
      instances: [
        {
          InstanceId: 'i-0ccc00000000000c1',
          ImageId: 'ami-0eks000000000001',
          InstanceType: 'm6i.large',
          LaunchTime: CREATED,
          IamInstanceProfile: { Arn: `arn:aws:iam::${PROD}:instance-profile/eks-node` },
          MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
          Tags: [
            { Key: 'eks:nodegroup-name', Value: 'general' },
            { Key: 'aws:ec2launchtemplate:id', Value: EKS_LT },
            { Key: 'aws:ec2launchtemplate:version', Value: '1' },
          ],
        },
      ],
      launchTemplates: [
        { LaunchTemplateId: EKS_LT, LaunchTemplateName: 'eks-general', CreateTime: CREATED, Versions: [{ VersionNumber: 1, CreateTime: CREATED, LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } } }] },
      ],
    },
    autoscaling: {
      autoScalingGroups: [
        {
          AutoScalingGroupName: 'eks-general-asg',
          AutoScalingGroupARN: asgArn('eu-west-1', 'eks-general-asg'),
          MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateId: EKS_LT, Version: '1' } } },
          MinSize: 1,
          MaxSize: 3,
          DesiredCapacity: 1,
          CreatedTime: CREATED,
          Instances: [{ InstanceId: 'i-0ccc00000000000c1', AvailabilityZone: 'eu-west-1a' }],
        },
      ],
    },
    eks: {
      clusters: [
        {
          name: 'payments',
          createdAt: CREATED,
          version: '1.31',
          roleArn: role('eks-cluster'),
          resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
          logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }, { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
          identity: { oidc: { issuer: OIDC_URL } },
          encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:eu-west-1:${PROD}:key/payments` } }],
          accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP', bootstrapClusterCreatorAdminPermissions: true },
          tags: { team: 'payments' },
          nodegroups: [
            {
              nodegroupName: 'general',
              nodegroupArn: NODEGROUP_ARN,
              createdAt: CREATED,
              nodeRole: role('eks-node'),
              amiType: 'AL2023_x86_64_STANDARD',
              capacityType: 'ON_DEMAND',
              launchTemplate: { id: EKS_LT, name: 'eks-general', version: '1' },
              resources: { autoScalingGroups: [{ name: 'eks-general-asg' }] },
            },
          ],
          fargateProfiles: [
            { fargateProfileName: 'kube-system', fargateProfileArn: FARGATE_ARN, createdAt: CREATED, podExecutionRoleArn: role('fargate-pod-exec'), selectors: [{ namespace: 'kube-system' }] },
          ],
          podIdentityAssociations: [
            { associationId: 'a-0123456789abcdef0', namespace: 'default', serviceAccount: 'default', roleArn: role('pod-reader'), createdAt: CREATED },
          ],
          accessEntries: [
            {
              principalArn: 'arn:aws:iam::999999999999:role/contractor',
              accessEntryArn: accessEntryArn('999999999999', 'contractor'),
              createdAt: CREATED,
              accessPolicies: [
                { policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', accessScope: { type: 'cluster' }, associatedAt: CREATED },
              ],
            },
            { principalArn: role('eks-node'), accessEntryArn: accessEntryArn(PROD, 'eks-node'), type: 'EC2_LINUX', createdAt: CREATED },
          ],
          kubernetes: PAYMENTS_KUBERNETES,
        },
        {
          name: 'legacy',
          createdAt: CREATED,
          version: '1.29',
          roleArn: role('eks-cluster'),
          resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true },
          accessConfig: { authenticationMode: 'CONFIG_MAP' },
        },
      ],
    },
  };
}

/**
 * What the payments cluster's Kubernetes API holds. The audit role reads it through aws-auth (the cluster
 * takes both access entries and the ConfigMap); the legacy cluster is private and not read.
 */
const PAYMENTS_KUBERNETES = {
  serviceAccounts: [
    { metadata: { name: 'ledger', namespace: 'payments', annotations: { 'eks.amazonaws.com/role-arn': role('payments-irsa') } }, automountServiceAccountToken: false },
    { metadata: { name: 'default', namespace: 'payments' } },
  ],
  pods: [
    {
      metadata: { name: 'ledger-7d9f-abcde', namespace: 'payments', ownerReferences: [{ kind: 'ReplicaSet', name: 'ledger-7d9f' }] },
      spec: {
        serviceAccountName: 'ledger',
        securityContext: { runAsNonRoot: true, runAsUser: 10001 },
        volumes: [{ name: 'logs', hostPath: { path: '/var/log' } }, { name: 'tmp', emptyDir: {} }],
        initContainers: [{ name: 'migrate', securityContext: { readOnlyRootFilesystem: true } }],
        containers: [{ name: 'app', securityContext: { privileged: false, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } } }],
      },
    },
    { metadata: { name: 'node-agent-x1', namespace: 'kube-system' }, spec: { hostNetwork: true, hostPID: true, containers: [{ name: 'agent', securityContext: { privileged: true } }] } },
  ],
  awsAuth: {
    metadata: { name: 'aws-auth', namespace: 'kube-system' },
    data: {
      mapRoles: `- rolearn: ${role('RolecallAudit')}\n  username: rolecall\n  groups: [rolecall-viewers]\n- rolearn: ${role('eks-node')}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n`,
      mapUsers: `- userarn: arn:aws:iam::${PROD}:user/breakglass\n  groups: [system:masters]\n- username: no-arn\n`,
    },
  },
  clusterRoleBindings: [
    { metadata: { name: 'rolecall-view' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' }, subjects: [{ kind: 'Group', name: 'rolecall-viewers' }] },
  ],
};

/** The rich account: ECS and EC2 in us-east-1, EKS in eu-west-1, us-west-2 enabled and empty. */
export function prodAccount(): WorldAccount {
  return {
    id: PROD,
    name: 'workloads-prod',
    joinedTimestamp: CREATED,
    regions: ['us-east-1', 'eu-west-1', 'us-west-2'],
    iam: prodIam(),
    regional: { 'us-east-1': usEast1(), 'eu-west-1': euWest1() },
  };
}
