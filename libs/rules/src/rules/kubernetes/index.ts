import type { Rule } from '../../engine/rule';
import { awsAuthSystemMastersRule } from './aws-auth-system-masters.rule';
import { clusterAdminBroadGroupRule } from './cluster-admin-broad-group.rule';
import { irsaRoleMismatchRule } from './irsa-role-mismatch.rule';
import { podDangerousCapabilitiesRule } from './pod-dangerous-capabilities.rule';
import { podHostNamespacesRule } from './pod-host-namespaces.rule';
import { podPrivilegedContainerRule } from './pod-privileged-container.rule';
import { podSensitiveHostPathRule } from './pod-sensitive-host-path.rule';

/** What the clusters' own Kubernetes objects show: IRSA mappings, cluster access and pod hardening. */
export const KUBERNETES_RULES: readonly Rule[] = [
  irsaRoleMismatchRule,
  awsAuthSystemMastersRule,
  clusterAdminBroadGroupRule,
  podPrivilegedContainerRule,
  podHostNamespacesRule,
  podSensitiveHostPathRule,
  podDangerousCapabilitiesRule,
];
