import { FlowProducer, Queue, type ConnectionOptions } from 'bullmq';
import {
  ACCOUNT_JOB_ATTEMPTS,
  ACCOUNT_QUEUE,
  FINALIZE_SCAN_JOB,
  PLAN_SCAN_JOB,
  SCAN_ACCOUNT_JOB,
  SCAN_QUEUE,
  finalizeScanJobId,
  planScanJobId,
  scanAccountJobId,
} from './queues';
import type { ScanAccountPayload } from './payloads';
import { ON_DEMAND_PRIORITY } from './schedule-queue';

/** Job states from which a job still runs (completed, failed and unknown do not). */
const LIVE_JOB_STATES = new Set<string>(['waiting', 'waiting-children', 'delayed', 'active', 'prioritized']);

export interface ScanQueuesOptions {
  connection: ConnectionOptions;
  prefix: string;
}

/** Producer side of the scan pipeline: the api enqueues plans, the planner fans out accounts. */
export class ScanQueues {
  readonly scans: Queue;
  readonly accounts: Queue;
  private readonly flows: FlowProducer;

  constructor(private readonly options: ScanQueuesOptions) {
    this.scans = new Queue(SCAN_QUEUE, { connection: options.connection, prefix: options.prefix });
    this.accounts = new Queue(ACCOUNT_QUEUE, { connection: options.connection, prefix: options.prefix });
    this.flows = new FlowProducer({ connection: options.connection, prefix: options.prefix });
  }

  /** Every queue and flow producer, to route their connection errors (Redis down) to one log line. */
  emitters(): Array<Queue | FlowProducer> {
    return [this.scans, this.accounts, this.flows];
  }

  /**
   * Whether the scan still has a job that will move it on: its plan job or its finalize job waiting,
   * delayed, active or waiting for its account jobs. False when Redis has no such job (lost its data,
   * or the plan failed for good). Redis errors propagate: no answer is not "gone".
   */
  async hasLiveJobs(scanId: string): Promise<boolean> {
    const states = await Promise.all([this.scans.getJobState(planScanJobId(scanId)), this.scans.getJobState(finalizeScanJobId(scanId))]);
    return states.some((state) => LIVE_JOB_STATES.has(state));
  }

  /** Scheduled scans pass SCHEDULED_PRIORITY, so on-demand plans go first. */
  async enqueuePlan(scanId: string, priority = ON_DEMAND_PRIORITY): Promise<void> {
    await this.scans.add(
      PLAN_SCAN_JOB,
      { scanId },
      {
        jobId: planScanJobId(scanId),
        priority,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: 1000,
        removeOnFail: 5000,
      },
    );
  }

  /**
   * One parent (finalize) with one child per account; the parent runs when every child is done.
   * Both take the scan's priority (its plan job's), so a scheduled scan's accounts queue behind
   * an on-demand scan's instead of starving them.
   */
  async enqueueAccounts(scanId: string, accounts: ScanAccountPayload[], priority = ON_DEMAND_PRIORITY): Promise<void> {
    await this.flows.add({
      name: FINALIZE_SCAN_JOB,
      queueName: SCAN_QUEUE,
      data: { scanId },
      opts: {
        jobId: finalizeScanJobId(scanId),
        priority,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: 1000,
        removeOnFail: 5000,
      },
      children: accounts.map((account) => ({
        name: SCAN_ACCOUNT_JOB,
        queueName: ACCOUNT_QUEUE,
        data: account,
        opts: {
          jobId: scanAccountJobId(scanId, account.accountId),
          priority,
          attempts: ACCOUNT_JOB_ATTEMPTS,
          backoff: { type: 'exponential', delay: 1000 },
          ignoreDependencyOnFailure: true,
          removeOnComplete: true,
          removeOnFail: 5000,
        },
      })),
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.scans.close(), this.accounts.close(), this.flows.close()]);
  }
}
