import type { Rule } from '../../engine/rule';
import { crossAccountAdminReachRule } from './cross-account-admin-reach.rule';
import { irsaProviderOrphanedRule } from './irsa-provider-orphaned.rule';

/** Organization-stage rules: they read every account summary of a scan (see organization/organization-rule.ts). */
export const REACH_RULES: readonly Rule[] = [crossAccountAdminReachRule, irsaProviderOrphanedRule];
