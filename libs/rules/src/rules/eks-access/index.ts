import type { Rule } from '../../engine/rule';
import { auditLoggingDisabledRule } from './audit-logging-disabled.rule';
import { clusterAdminWeakPrincipalRule } from './cluster-admin-weak-principal.rule';
import { configMapAuthenticationRule } from './config-map-authentication.rule';
import { publicEndpointOpenRule } from './public-endpoint-open.rule';
import { secretsEncryptionDisabledRule } from './secrets-encryption-disabled.rule';

/** Who can reach and administer EKS clusters. */
export const EKS_ACCESS_RULES: readonly Rule[] = [
  publicEndpointOpenRule,
  configMapAuthenticationRule,
  clusterAdminWeakPrincipalRule,
  secretsEncryptionDisabledRule,
  auditLoggingDisabledRule,
];
