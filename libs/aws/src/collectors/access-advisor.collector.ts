import type { ServiceLastAccessed as SdkServiceLastAccessed } from '@aws-sdk/client-iam';
import type { IamRole, ServiceLastAccessed } from '@rolecall/model';
import type { AwsContext } from '../aws-context';
import { mapLimit } from '../concurrency';
import type { Collection } from '../collection';
import { serviceLastAccessedFrom } from '../transforms/iam.transform';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * IAM Access Advisor for the given roles: one asynchronous job per role (bounded concurrency),
 * polled until done. A job that fails or never finishes is a gap; the role keeps no report.
 */
export async function collectServiceLastAccessed(
  ctx: AwsContext,
  collection: Collection,
  roles: readonly IamRole[],
): Promise<Map<string, ServiceLastAccessed[]>> {
  const reports = new Map<string, ServiceLastAccessed[]>();
  await mapLimit(roles, ctx.accessAdvisor.concurrency, async (role) => {
    const report = await collection.attempt(() => runJob(ctx, collection, role.arn), role.arn);
    if (report) reports.set(role.arn, report);
  });
  return reports;
}

async function runJob(ctx: AwsContext, collection: Collection, arn: string): Promise<ServiceLastAccessed[] | undefined> {
  const { session } = collection;
  const { pollIntervalMs, maxPolls } = ctx.accessAdvisor;
  const { JobId } = await session.call('iam', 'GenerateServiceLastAccessedDetails', { Arn: arn, Granularity: 'SERVICE_LEVEL' });
  const rows: SdkServiceLastAccessed[] = [];
  let marker: string | undefined;
  for (let poll = 0; poll < maxPolls; poll += 1) {
    const page = await session.call('iam', 'GetServiceLastAccessedDetails', { JobId, Marker: marker, MaxItems: 1000 });
    if (page.JobStatus === 'IN_PROGRESS') {
      await delay(pollIntervalMs);
      continue;
    }
    if (page.JobStatus === 'FAILED') {
      return jobGap(collection, arn, 'JobFailed', page.Error?.Message ?? `Access Advisor job for ${arn} failed`);
    }
    rows.push(...(page.ServicesLastAccessed ?? []));
    if (!page.IsTruncated) return serviceLastAccessedFrom(rows);
    marker = page.Marker;
  }
  return jobGap(collection, arn, 'JobTimeout', `Access Advisor job for ${arn} not done after ${maxPolls} polls`);
}

function jobGap(collection: Collection, resource: string, errorCode: string, message: string): undefined {
  collection.recordGap({ service: 'iam', operation: 'GetServiceLastAccessedDetails', region: 'global', errorCode, message, resource });
  return undefined;
}
