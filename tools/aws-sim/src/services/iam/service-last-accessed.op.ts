import { paginate } from '../../paging/page';
import { serviceError } from '../../protocols/error-catalog';
import { SimError } from '../../protocols/sim-error';
import type { QueryHandler } from '../service';

const GRANULARITIES = ['SERVICE_LEVEL', 'ACTION_LEVEL'] as const;

/** Starts an Access Advisor report for a role of the caller's account. */
export const generateServiceLastAccessedDetails: QueryHandler = ({ sim, account }, input) => {
  const arn = input.required('Arn');
  const granularity = input.string('Granularity') ?? 'SERVICE_LEVEL';
  if (!GRANULARITIES.includes(granularity as (typeof GRANULARITIES)[number])) {
    throw serviceError('iam', 'validation', `Value '${granularity}' at 'granularity' failed to satisfy constraint`);
  }
  if (!account.iam().findRoleByArn(arn)) throw new SimError('NoSuchEntity', `The entity ${arn} cannot be found.`, 404);
  const job = sim.accessAdvisorJobs.start(account.id, arn, granularity as (typeof GRANULARITIES)[number], sim.now());
  return { JobId: job.id };
};

/** The report: IN_PROGRESS on the first poll, then COMPLETED with the role's services, paged by MaxItems/Marker. */
export const getServiceLastAccessedDetails: QueryHandler = ({ sim, account, region }, input) => {
  const jobId = input.required('JobId');
  const job = sim.accessAdvisorJobs.poll(account.id, jobId);
  if (!job) throw new SimError('NoSuchEntity', `No report job with id ${jobId}`, 404);
  const base = { JobType: job.granularity, JobCreationDate: new Date(job.createdAt).toISOString() };
  if (job.polls === 1) return { JobStatus: 'IN_PROGRESS', ...base, ServicesLastAccessed: [], IsTruncated: false };
  const services = account.iam().findRoleByArn(job.arn)?.role.ServicesLastAccessed ?? [];
  const page = paginate(services, {
    tokens: sim.pageTokens,
    scope: `iam:GetServiceLastAccessedDetails:${account.id}:${region}:${jobId}`,
    service: 'iam',
    token: input.string('Marker'),
    requested: input.int('MaxItems'),
    defaultSize: 100,
    maxSize: 1000,
    sizeParameter: 'MaxItems',
  });
  return {
    JobStatus: 'COMPLETED',
    ...base,
    JobCompletionDate: new Date(job.createdAt + 1000).toISOString(),
    ServicesLastAccessed: page.items.map((service) => ({
      ...service,
      TotalAuthenticatedEntities: service.TotalAuthenticatedEntities ?? (service.LastAuthenticated ? 1 : 0),
    })),
    IsTruncated: page.nextToken !== undefined,
    Marker: page.nextToken,
  };
};
