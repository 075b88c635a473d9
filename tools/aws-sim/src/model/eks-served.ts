import { stableUuid } from '../util/stable-id';
import { toWireJson } from '../wire/json-timestamps';
import type { WorldAccessEntry, WorldEksCluster, WorldFargateProfile, WorldNodegroup, WorldPodIdentityAssociation } from '../world/eks.schema';

export interface EksArns {
  prefix: string;
  clusterName: string;
}

export function clusterArn(prefix: string, name: string): string {
  return `${prefix}:cluster/${name}`;
}

export function clusterWire(cluster: WorldEksCluster, arn: string, region: string): string {
  const id = stableUuid(arn).replace(/-/g, '').toUpperCase().slice(0, 32);
  return JSON.stringify({
    ...(toWireJson(cluster, ['nodegroups', 'fargateProfiles', 'podIdentityAssociations', 'accessEntries', 'kubernetes']) as object),
    arn,
    endpoint: cluster.endpoint ?? `https://${id}.gr7.${region}.eks.amazonaws.com`,
    platformVersion: cluster.platformVersion ?? 'eks.1',
  });
}

export function nodegroupArn({ prefix, clusterName }: EksArns, nodegroup: WorldNodegroup): string {
  return nodegroup.nodegroupArn ?? `${prefix}:nodegroup/${clusterName}/${nodegroup.nodegroupName}/${stableUuid(prefix, clusterName, nodegroup.nodegroupName)}`;
}

export function nodegroupWire(nodegroup: WorldNodegroup, arn: string, clusterName: string): string {
  return JSON.stringify({ ...(toWireJson(nodegroup) as object), nodegroupArn: arn, clusterName });
}

export function fargateProfileArn({ prefix, clusterName }: EksArns, profile: WorldFargateProfile): string {
  return profile.fargateProfileArn ?? `${prefix}:fargateprofile/${clusterName}/${profile.fargateProfileName}/${stableUuid(prefix, clusterName, profile.fargateProfileName)}`;
}

export function fargateProfileWire(profile: WorldFargateProfile, arn: string, clusterName: string): string {
  return JSON.stringify({ ...(toWireJson(profile) as object), fargateProfileArn: arn, clusterName });
}

export function associationArn({ prefix, clusterName }: EksArns, association: WorldPodIdentityAssociation): string {
  return association.associationArn ?? `${prefix}:podidentityassociation/${clusterName}/${association.associationId}`;
}

export function associationWire(association: WorldPodIdentityAssociation, arn: string, clusterName: string): string {
  return JSON.stringify({ ...(toWireJson(association) as object), associationArn: arn, clusterName });
}

export function accessEntryArn({ prefix, clusterName }: EksArns, entry: WorldAccessEntry): string {
  if (entry.accessEntryArn) return entry.accessEntryArn;
  const [, , , , account, resource] = entry.principalArn.split(':');
  const kind = resource.startsWith('user/') ? 'user' : 'role';
  const name = resource.slice(resource.lastIndexOf('/') + 1);
  return `${prefix}:access-entry/${clusterName}/${kind}/${account}/${name}/${stableUuid(prefix, clusterName, entry.principalArn)}`;
}

/** EKS's default username: the session ARN pattern for roles, the ARN itself for users. */
function defaultUsername(principalArn: string): string {
  const [, , , , account, resource] = principalArn.split(':');
  if (!resource.startsWith('role/')) return principalArn;
  return `arn:aws:sts::${account}:assumed-role/${resource.slice(resource.lastIndexOf('/') + 1)}/{{SessionName}}`;
}

export function accessEntryWire(entry: WorldAccessEntry, arn: string, clusterName: string): string {
  return JSON.stringify({
    ...(toWireJson(entry, ['accessPolicies']) as object),
    username: entry.username ?? defaultUsername(entry.principalArn),
    accessEntryArn: arn,
    clusterName,
  });
}
