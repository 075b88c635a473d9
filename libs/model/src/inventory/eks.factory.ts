import type {
  EksAccessEntry,
  EksCluster,
  EksFargateProfile,
  EksNodegroup,
  EksPodIdentityAssociation,
} from './eks.schema';
import { factoryPlace } from './factory-defaults';

export function anEksCluster(overrides: Partial<EksCluster> = {}): EksCluster {
  const { accountId, region } = factoryPlace(overrides);
  const name = overrides.name ?? 'app-eks';
  return {
    arn: `arn:aws:eks:${region}:${accountId}:cluster/${name}`,
    accountId,
    region,
    name,
    status: 'ACTIVE',
    version: '1.33',
    roleArn: `arn:aws:iam::${accountId}:role/eks-cluster-role`,
    oidcIssuer: `https://oidc.eks.${region}.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`,
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
    publicAccessCidrs: [],
    authenticationMode: 'API',
    encryption: [{ resources: ['secrets'], keyArn: `arn:aws:kms:${region}:${accountId}:key/example` }],
    enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    tags: {},
    ...overrides,
  };
}

function clusterChild(overrides: { accountId?: string; region?: string; clusterName?: string }) {
  return { ...factoryPlace(overrides), clusterName: overrides.clusterName ?? 'app-eks' };
}

export function aNodegroup(overrides: Partial<EksNodegroup> = {}): EksNodegroup {
  const { accountId, region, clusterName } = clusterChild(overrides);
  const name = overrides.name ?? 'app-nodes';
  return {
    arn: `arn:aws:eks:${region}:${accountId}:nodegroup/${clusterName}/${name}/00000000-0000-0000-0000-000000000000`,
    accountId,
    region,
    clusterName,
    name,
    status: 'ACTIVE',
    nodeRoleArn: `arn:aws:iam::${accountId}:role/eks-node-role`,
    launchTemplate: { id: 'lt-0123456789abcdef0', name: 'app-nodes', version: '1' },
    autoScalingGroupNames: ['eks-app-nodes'],
    capacityType: 'ON_DEMAND',
    tags: {},
    ...overrides,
  };
}

export function aFargateProfile(overrides: Partial<EksFargateProfile> = {}): EksFargateProfile {
  const { accountId, region, clusterName } = clusterChild(overrides);
  const name = overrides.name ?? 'app-fargate';
  return {
    arn: `arn:aws:eks:${region}:${accountId}:fargateprofile/${clusterName}/${name}/00000000-0000-0000-0000-000000000000`,
    accountId,
    region,
    clusterName,
    name,
    status: 'ACTIVE',
    podExecutionRoleArn: `arn:aws:iam::${accountId}:role/eks-fargate-pod-execution`,
    selectors: [{ namespace: 'app', labels: {} }],
    tags: {},
    ...overrides,
  };
}

export function aPodIdentityAssociation(overrides: Partial<EksPodIdentityAssociation> = {}): EksPodIdentityAssociation {
  const { accountId, region, clusterName } = clusterChild(overrides);
  const associationId = overrides.associationId ?? 'a-0123456789abcdef0';
  return {
    arn: `arn:aws:eks:${region}:${accountId}:podidentityassociation/${clusterName}/${associationId}`,
    accountId,
    region,
    clusterName,
    associationId,
    namespace: 'app',
    serviceAccount: 'app',
    roleArn: `arn:aws:iam::${accountId}:role/app-pod-role`,
    tags: {},
    ...overrides,
  };
}

export function anAccessEntry(overrides: Partial<EksAccessEntry> = {}): EksAccessEntry {
  const { accountId, region, clusterName } = clusterChild(overrides);
  const principalArn = overrides.principalArn ?? `arn:aws:iam::${accountId}:role/platform-admin`;
  return {
    arn: `arn:aws:eks:${region}:${accountId}:access-entry/${clusterName}/role/${accountId}/platform-admin/00000000`,
    accountId,
    region,
    clusterName,
    principalArn,
    type: 'STANDARD',
    kubernetesGroups: [],
    accessPolicies: [],
    tags: {},
    ...overrides,
  };
}
