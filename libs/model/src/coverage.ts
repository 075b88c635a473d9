import { z } from 'zod';
import { resourceRefSchema, type ResourceRef } from './finding';

/** An AWS operation that failed, as a not-assessed entry names it. */
export const missingOperationSchema = z.object({
  service: z.string(),
  operation: z.string(),
  errorCode: z.string(),
});
export type MissingOperation = z.infer<typeof missingOperationSchema>;

/**
 * A rule that could not assess what a failed read would have shown: in an account, a region ("global"
 * for IAM) and, when the failure was confined to one resource (a cluster, a role), that resource.
 */
export const notAssessedSchema = z.object({
  ruleId: z.string().min(1).max(200),
  accountId: z.string().regex(/^\d{12}$/),
  region: z.string().min(1).max(64),
  resource: resourceRefSchema.nullable(),
  missing: z.array(missingOperationSchema).min(1),
});
export type NotAssessed = z.infer<typeof notAssessedSchema>;

/** Where a finding stands, as far as coverage is concerned. */
export interface LocatedFinding {
  ruleId: string;
  accountId: string;
  region: string;
  resource: ResourceRef;
  relatedResources: readonly string[];
}

/** A finding shown again because its rule could not look this time: where and when it was last assessed. */
export const carriedSchema = z.object({
  fromScanId: z.string().uuid(),
  assessedAt: z.string(),
});
export type Carried = z.infer<typeof carriedSchema>;

/**
 * Whether a not-assessed entry could hide this finding: same rule and account, a region the failure
 * touched (a global resource, such as a role, is used from every region, so any region's failure may hide it), and, for a failure confined to one resource, a finding tied to that resource or tied to no
 * resource of its kind (a task definition is tied to no ECS cluster, so a cluster's failed reads may hide it).
 */
export function notAssessedCovers(entry: NotAssessed, finding: LocatedFinding): boolean {
  if (entry.ruleId !== finding.ruleId || entry.accountId !== finding.accountId) return false;
  if (entry.region !== 'global' && finding.region !== 'global' && entry.region !== finding.region) return false;
  if (entry.resource === null) return true;
  const scope = entry.resource.arn;
  const located = [finding.resource.arn, ...finding.relatedResources].flatMap((arn) => [arn, containerOf(arn)]);
  if (located.includes(scope)) return true;
  const kind = arnKind(scope);
  return !located.some((arn) => arn !== undefined && arnKind(arn) === kind);
}

/** `service:type` of an ARN: "ecs:cluster", "iam:role". */
export function arnKind(arn: string): string | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const type = parts.slice(5).join(':').split('/')[0];
  return `${parts[2]}:${type}`;
}

/** ECS and EKS resources whose ARN names their cluster: the cluster's ARN. */
const CLUSTER_CHILDREN: Record<string, readonly string[]> = {
  ecs: ['service', 'task', 'container-instance'],
  eks: ['nodegroup', 'fargateprofile', 'podidentityassociation', 'access-entry', 'addon'],
};

export function containerOf(arn: string): string | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [type, cluster] = parts.slice(5).join(':').split('/');
  if (!CLUSTER_CHILDREN[parts[2]]?.includes(type) || !cluster) return undefined;
  return `${parts.slice(0, 5).join(':')}:cluster/${cluster}`;
}
