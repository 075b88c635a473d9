import type { Logger } from 'pino';
import { discoverOrganization, type AwsContext } from '@rolecall/aws';
import type { ScanQueues } from '@rolecall/jobs';
import type { OrganizationContext, ScanScope } from '@rolecall/model';
import { ScanAccountsRepository, ScansRepository } from '@rolecall/persistence';
import { describeAwsError, discoveryFailureReason } from './discovery-failure';

export interface ScanPlannerDeps {
  aws: AwsContext;
  scans: ScansRepository;
  scanAccounts: ScanAccountsRepository;
  queues: ScanQueues;
  logger: Logger;
}

/**
 * Turns a queued scan into one job per account: discovers the organization (which is also what
 * "inside the organization" means to the rules), records the accounts, then enqueues the flow.
 */
export class ScanPlanner {
  constructor(private readonly deps: ScanPlannerDeps) {}

  /** `priority` is the plan job's: the scan's accounts and its finalize job inherit it. */
  async run(scanId: string, priority?: number): Promise<void> {
    const { scans, scanAccounts, queues, logger } = this.deps;
    const scan = await scans.get(scanId);
    if (!scan || scan.status !== 'queued') return;
    await scans.markPickedUp(scanId);

    let organization: OrganizationContext;
    try {
      organization = await this.organizationFor(scan.scope);
    } catch (error) {
      const reason = discoveryFailureReason(error);
      logger.warn({ scanId, reason }, 'scan failed before any account was scanned');
      await scans.finish(scanId, 'failed', reason);
      return;
    }

    const accounts =
      'organization' in scan.scope
        ? organization.accounts
        : scan.scope.accounts.map((id) => ({ id, name: organization.accounts.find((a) => a.id === id)?.name }));
    if (accounts.length === 0) {
      await scans.finish(scanId, 'failed', 'the organization has no ACTIVE accounts');
      return;
    }

    await scans.setOrganization(scanId, organization);
    await scanAccounts.plan(scanId, accounts.map((a) => ({ accountId: a.id, accountName: a.name })));
    await scans.markRunning(scanId, accounts.length);
    await queues.enqueueAccounts(
      scanId,
      accounts.map((a) => ({ scanId, accountId: a.id, accountName: a.name, regions: scan.regions ?? undefined })),
      priority,
    );
    logger.info({ scanId, accounts: accounts.length, priority }, 'scan planned');
  }

  /** An explicit account list still wants the organization around it; without access, the list is all we know. */
  private async organizationFor(scope: ScanScope): Promise<OrganizationContext> {
    if ('organization' in scope) return discoverOrganization(this.deps.aws);
    try {
      return await discoverOrganization(this.deps.aws);
    } catch (error) {
      this.deps.logger.warn({ reason: describeAwsError(error) }, 'organization unknown; using the listed accounts');
      return { accounts: scope.accounts.map((id) => ({ id, name: undefined })) };
    }
  }
}
