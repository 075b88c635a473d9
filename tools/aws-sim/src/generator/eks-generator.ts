import type { z } from 'zod';
import type { eksClusterSchema } from '../world/eks.schema';
import { AWS_POLICY, type AccountBuilder } from './account-builder';
import { addFleet } from './ec2-generator';
import { accountTrust, allow, irsaTrust, podIdentityTrust, serviceTrust } from './trust-documents';

type EksClusterInput = z.input<typeof eksClusterSchema>;

const WORKLOADS = [
  ['payments', 'api'], ['analytics', 'spark'], ['monitoring', 'prometheus'], ['kube-system', 'aws-node'], ['web', 'frontend'], ['data', 'etl'],
] as const;

/** An EKS cluster with node groups (launch templates, instances), maybe a Fargate profile, IRSA and Pod Identity roles, access entries. */
export function addEksCluster(account: AccountBuilder, region: string, env: string): void {
  const { ctx, id } = account;
  const name = `${env}-eks`;
  const arn = `arn:aws:eks:${region}:${id}:cluster/${name}`;
  const issuerHost = `oidc.eks.${region}.amazonaws.com/id/${ctx.hex(32).toUpperCase()}`;
  account.oidcProvider(`https://${issuerHost}`);
  const exposure = ctx.pick(['private', 'restricted', 'open'] as const);
  const cluster: EksClusterInput = {
    name,
    createdAt: ctx.date(),
    version: ctx.pick(['1.28', '1.29', '1.30', '1.31']),
    roleArn: account.role(`${name}-cluster`, serviceTrust('eks.amazonaws.com'), { AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY('AmazonEKSClusterPolicy') }] }),
    resourcesVpcConfig: {
      subnetIds: [ctx.subnetId(), ctx.subnetId()],
      endpointPublicAccess: exposure !== 'private',
      endpointPrivateAccess: true,
      publicAccessCidrs: exposure === 'open' ? ['0.0.0.0/0'] : exposure === 'restricted' ? ['203.0.113.0/24'] : undefined,
    },
    identity: { oidc: { issuer: `https://${issuerHost}` } },
    accessConfig: { authenticationMode: ctx.pick(['API', 'API', 'API_AND_CONFIG_MAP', 'API_AND_CONFIG_MAP', 'CONFIG_MAP'] as const) },
    logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator'], enabled: ctx.chance(0.5) }] },
    encryptionConfig: ctx.chance(0.6) ? [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${region}:${id}:key/${ctx.hex(8)}-${ctx.hex(4)}-4${ctx.hex(3)}-8${ctx.hex(3)}-${ctx.hex(12)}` } }] : undefined,
    nodegroups: [],
    fargateProfiles: [],
    podIdentityAssociations: [],
    accessEntries: [],
  };
  addNodegroups(account, region, cluster);
  addWorkloadIdentities(account, region, cluster, issuerHost, arn);
  if (ctx.chance(0.3)) {
    cluster.fargateProfiles?.push({
      fargateProfileName: 'batch',
      createdAt: ctx.date(100),
      podExecutionRoleArn: account.role(`${name}-fargate`, serviceTrust('eks-fargate-pods.amazonaws.com'), { AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY('AmazonEKSFargatePodExecutionRolePolicy') }] }),
      selectors: [{ namespace: 'batch' }],
    });
  }
  const admin = account.role('platform-admin', accountTrust(account.managementAccountId), { AttachedManagedPolicies: [{ PolicyArn: AWS_POLICY('AdministratorAccess') }] });
  cluster.accessEntries?.push({
    principalArn: admin,
    createdAt: ctx.date(),
    accessPolicies: [{ policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', accessScope: { type: 'cluster' }, associatedAt: ctx.date() }],
  });
  const regional = account.region(region);
  (regional.eks ??= {}).clusters = [...(regional.eks.clusters ?? []), cluster];
}

function addNodegroups(account: AccountBuilder, region: string, cluster: EksClusterInput): void {
  const { ctx, id } = account;
  const roleName = `${cluster.name}-node`;
  const extras = [ctx.chance(0.5) && 'AmazonEKS_CNI_Policy', ctx.chance(0.1) && 'AmazonS3FullAccess'].filter((p): p is string => typeof p === 'string');
  const nodeRole = account.role(roleName, serviceTrust('ec2.amazonaws.com'), {
    AttachedManagedPolicies: ['AmazonEKSWorkerNodePolicy', 'AmazonEC2ContainerRegistryReadOnly', ...extras].map((p) => ({ PolicyArn: AWS_POLICY(p) })),
    InstanceProfileList: [{ InstanceProfileName: roleName }],
  });
  cluster.accessEntries?.push({ principalArn: nodeRole, type: 'EC2_LINUX', kubernetesGroups: ['system:nodes'], createdAt: cluster.createdAt });
  for (let n = 0; n < ctx.int(1, 2); n++) {
    const nodegroupName = n === 0 ? 'general' : 'workers';
    const fleet = addFleet(account, {
      name: `${cluster.name}-${nodegroupName}`,
      region,
      instanceProfileArn: `arn:aws:iam::${id}:instance-profile/${roleName}`,
      count: ctx.int(1, 3),
      imdsV1: ctx.chance(0.1),
      hopLimit: ctx.chance(0.3) ? 2 : 1,
      tags: { 'eks:cluster-name': cluster.name, 'eks:nodegroup-name': nodegroupName },
    });
    cluster.nodegroups?.push({
      nodegroupName,
      createdAt: ctx.date(50),
      version: cluster.version,
      nodeRole,
      instanceTypes: ['m6i.large'],
      scalingConfig: { minSize: 0, maxSize: fleet.instanceIds.length + 2, desiredSize: fleet.instanceIds.length },
      launchTemplate: { id: fleet.launchTemplate.LaunchTemplateId, name: fleet.launchTemplate.LaunchTemplateName, version: '1' },
      resources: { autoScalingGroups: [{ name: fleet.launchTemplate.LaunchTemplateName }] },
    });
  }
}

/** IRSA roles (scoped, aud-only or wildcard sub) and Pod Identity associations (with or without trust conditions). */
function addWorkloadIdentities(account: AccountBuilder, region: string, cluster: EksClusterInput, issuerHost: string, clusterArn: string): void {
  const { ctx, id } = account;
  for (let i = 0; i < ctx.int(1, 3); i++) {
    const [namespace, serviceAccount] = ctx.pick(WORKLOADS);
    const kind = ctx.pick(['scoped', 'scoped', 'scoped', 'no-sub', 'wildcard-sub'] as const);
    account.role(`${cluster.name}-${namespace}-irsa`, irsaTrust(id, issuerHost, kind, namespace, serviceAccount), {
      RolePolicyList: [{ PolicyName: 'workload', PolicyDocument: allow(['s3:GetObject'], `arn:aws:s3:::${namespace}-${region}/*`) }],
    });
  }
  for (let i = 0; i < ctx.int(0, 2); i++) {
    const [namespace, declared] = ctx.pick(WORKLOADS);
    const serviceAccount = ctx.chance(0.2) ? 'default' : declared;
    const roleArn = account.role(`${cluster.name}-${namespace}-pod`, podIdentityTrust(id, clusterArn, ctx.chance(0.6), namespace, serviceAccount), {
      RolePolicyList: [{ PolicyName: 'workload', PolicyDocument: allow(['sqs:SendMessage'], `arn:aws:sqs:${region}:${id}:${namespace}`) }],
    });
    if (cluster.podIdentityAssociations?.some((a) => a.namespace === namespace && a.serviceAccount === serviceAccount)) continue;
    cluster.podIdentityAssociations?.push({ associationId: `a-${ctx.random.alnum(17)}`, namespace, serviceAccount, roleArn, createdAt: ctx.date(200) });
  }
}
