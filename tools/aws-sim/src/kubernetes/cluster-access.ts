import type { Caller } from '../identity/caller';
import type { WorldEksCluster } from '../world/eks.schema';

/** Access policies that include the view permissions (list and get of pods, service accounts, ConfigMaps, bindings). */
const VIEWING_POLICIES = new Set(['AmazonEKSViewPolicy', 'AmazonEKSAdminViewPolicy', 'AmazonEKSAdminPolicy', 'AmazonEKSClusterAdminPolicy']);

/**
 * What the cluster lets an authenticated caller do: `unknown` (no access entry, nor aws-auth mapping on a
 * CONFIG_MAP cluster: a 401, as EKS's authenticator answers), `forbidden` (an entry without a viewing
 * policy at cluster scope: a 403), or `view`.
 */
export function clusterAccessOf(cluster: WorldEksCluster, caller: Caller): 'unknown' | 'forbidden' | 'view' {
  const mode = cluster.accessConfig?.authenticationMode ?? 'CONFIG_MAP';
  if (mode !== 'CONFIG_MAP') {
    const entry = cluster.accessEntries.find((candidate) => candidate.principalArn === caller.principalArn);
    if (entry) {
      const views = entry.accessPolicies.some((policy) => policy.accessScope.type === 'cluster' && VIEWING_POLICIES.has(policy.policyArn.split('/').pop() ?? ''));
      return views ? 'view' : 'forbidden';
    }
  }
  if (mode === 'API') return 'unknown';
  const mapRoles = String((cluster.kubernetes?.awsAuth?.data as Record<string, unknown> | undefined)?.mapRoles ?? '');
  return mapRoles.includes(`rolearn: ${caller.principalArn}`) ? 'view' : 'unknown';
}
