import { randomUUID } from 'node:crypto';

/** An IAM Access Advisor report job (GenerateServiceLastAccessedDetails). */
export interface AccessAdvisorJob {
  id: string;
  accountId: string;
  arn: string;
  granularity: 'SERVICE_LEVEL' | 'ACTION_LEVEL';
  createdAt: number;
  polls: number;
}

/** Report jobs: the first poll of each says IN_PROGRESS, later polls say COMPLETED, as the asynchronous API may. */
export class AccessAdvisorJobs {
  private readonly jobs = new Map<string, AccessAdvisorJob>();

  start(accountId: string, arn: string, granularity: AccessAdvisorJob['granularity'], now: number): AccessAdvisorJob {
    const job = { id: randomUUID(), accountId, arn, granularity, createdAt: now, polls: 0 };
    this.jobs.set(job.id, job);
    return job;
  }

  /** The job for this account, counting the poll; undefined when unknown (or another account's). */
  poll(accountId: string, id: string): AccessAdvisorJob | undefined {
    const job = this.jobs.get(id);
    if (!job || job.accountId !== accountId) return undefined;
    job.polls++;
    return job;
  }
}
