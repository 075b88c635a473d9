import type {
  AccessEntry,
  AssociatedAccessPolicy,
  Cluster,
  FargateProfile,
  Nodegroup,
  PodIdentityAssociation,
} from '@aws-sdk/client-eks';
import type {
  EksAccessEntry,
  EksCluster,
  EksFargateProfile,
  EksNodegroup,
  EksPodIdentityAssociation,
} from '@rolecall/model';
import type { Place } from './ecs.transform';
import { compact, nameFromArn, stringRecord, strings } from './shared';

export function eksClusterFrom(cluster: Cluster, place: Place): EksCluster {
  const vpc = cluster.resourcesVpcConfig;
  const arn = cluster.arn ?? '';
  return compact({
    arn,
    ...place,
    name: cluster.name || nameFromArn(arn),
    status: cluster.status ?? '',
    version: cluster.version,
    roleArn: cluster.roleArn,
    oidcIssuer: cluster.identity?.oidc?.issuer,
    endpointPublicAccess: vpc?.endpointPublicAccess ?? false,
    endpointPrivateAccess: vpc?.endpointPrivateAccess ?? false,
    publicAccessCidrs: strings(vpc?.publicAccessCidrs),
    authenticationMode: cluster.accessConfig?.authenticationMode,
    bootstrapClusterCreatorAdminPermissions: cluster.accessConfig?.bootstrapClusterCreatorAdminPermissions,
    encryption: (cluster.encryptionConfig ?? []).map((config) =>
      compact({ resources: strings(config.resources), keyArn: config.provider?.keyArn }),
    ),
    enabledLogTypes: (cluster.logging?.clusterLogging ?? [])
      .filter((setup) => setup.enabled)
      .flatMap((setup) => strings(setup.types)),
    tags: stringRecord(cluster.tags),
  });
}

export function nodegroupFrom(nodegroup: Nodegroup, place: Place): EksNodegroup {
  const template = nodegroup.launchTemplate;
  return compact({
    arn: nodegroup.nodegroupArn ?? '',
    ...place,
    clusterName: nodegroup.clusterName ?? '',
    name: nodegroup.nodegroupName ?? '',
    status: nodegroup.status ?? '',
    nodeRoleArn: nodegroup.nodeRole,
    launchTemplate: template ? compact({ id: template.id, name: template.name, version: template.version }) : undefined,
    autoScalingGroupNames: (nodegroup.resources?.autoScalingGroups ?? []).flatMap((group) => group.name ?? []),
    amiType: nodegroup.amiType,
    capacityType: nodegroup.capacityType,
    tags: stringRecord(nodegroup.tags),
  });
}

export function fargateProfileFrom(profile: FargateProfile, place: Place): EksFargateProfile {
  return compact({
    arn: profile.fargateProfileArn ?? '',
    ...place,
    clusterName: profile.clusterName ?? '',
    name: profile.fargateProfileName ?? '',
    status: profile.status ?? '',
    podExecutionRoleArn: profile.podExecutionRoleArn,
    selectors: (profile.selectors ?? []).map((selector) =>
      compact({ namespace: selector.namespace, labels: stringRecord(selector.labels) }),
    ),
    tags: stringRecord(profile.tags),
  });
}

export function podIdentityAssociationFrom(association: PodIdentityAssociation, place: Place): EksPodIdentityAssociation {
  return compact({
    arn: association.associationArn ?? '',
    ...place,
    clusterName: association.clusterName ?? '',
    associationId: association.associationId ?? '',
    namespace: association.namespace ?? '',
    serviceAccount: association.serviceAccount ?? '',
    roleArn: association.roleArn ?? '',
    targetRoleArn: association.targetRoleArn,
    disableSessionTags: association.disableSessionTags,
    tags: stringRecord(association.tags),
  });
}

export function accessEntryFrom(entry: AccessEntry, policies: readonly AssociatedAccessPolicy[], place: Place): EksAccessEntry {
  return compact({
    arn: entry.accessEntryArn ?? '',
    ...place,
    clusterName: entry.clusterName ?? '',
    principalArn: entry.principalArn ?? '',
    type: entry.type,
    username: entry.username,
    kubernetesGroups: strings(entry.kubernetesGroups),
    accessPolicies: policies.map((policy) => ({
      policyArn: policy.policyArn ?? '',
      scopeType: policy.accessScope?.type ?? '',
      namespaces: strings(policy.accessScope?.namespaces),
    })),
    tags: stringRecord(entry.tags),
  });
}
