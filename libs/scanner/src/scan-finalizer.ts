import type { Logger } from 'pino';
import { TERMINAL_SCAN_STATUSES } from '@rolecall/model';
import { IdentitiesRepository, ScanAccountsRepository, ScansRepository, type Scan } from '@rolecall/persistence';
import { evaluateOrganization, type AccountIdentitySummary, type Rule } from '@rolecall/rules';
import type { OrganizationCache } from './organization-cache';
import { scanOutcome } from './scan-outcome';

export interface ScanFinalizerDeps {
  scans: ScansRepository;
  scanAccounts: ScanAccountsRepository;
  identities: IdentitiesRepository;
  organizations: OrganizationCache;
  rules: readonly Rule[];
  logger: Logger;
  /** What runs once a scan has its final status (the GitHub upload it asked for); must be safe to repeat. */
  afterScan?: (scan: Scan) => Promise<void>;
}

/** Runs when every account job of a scan has finished (or given up): sets the scan's final status. */
export class ScanFinalizer {
  constructor(private readonly deps: ScanFinalizerDeps) {}

  async run(scanId: string): Promise<void> {
    const { scans, scanAccounts, logger } = this.deps;
    const scan = await scans.get(scanId);
    if (!scan) return;
    // A retry after the scan was finished only repeats what follows its completion.
    if (TERMINAL_SCAN_STATUSES.includes(scan.status)) return this.deps.afterScan?.(scan);
    const accounts = await scanAccounts.list(scanId);
    for (const account of accounts) {
      if (account.status === 'queued' || account.status === 'running') {
        await scanAccounts.complete(scanId, account.accountId, {
          status: 'failed',
          error: account.error ?? 'the account job gave up before finishing',
          awsCalls: account.awsCalls,
          gaps: account.gaps,
          findings: [],
        });
      }
    }
    // Organization stage: the summaries were written by the account jobs of this scan (our own JSON).
    const summaries = (await this.deps.identities.summaries(scanId)) as AccountIdentitySummary[];
    const organization = await this.deps.organizations.get(scanId);
    const assessed = evaluateOrganization(this.deps.rules, { summaries, organization });
    await this.deps.identities.replaceOrganizationFindings(scanId, assessed.findings, assessed.notAssessed);
    const status = scanOutcome(accounts.map((account) => account.status));
    const failed = accounts.filter((account) => account.status !== 'succeeded' && account.status !== 'partial');
    const error = status === 'succeeded' ? undefined : failed.length > 0 ? `${failed.length} of ${accounts.length} accounts failed` : undefined;
    const finished = await scans.finish(scanId, status, error);
    logger.info({ scanId, status, accounts: accounts.length, failed: failed.length }, 'scan finished');
    if (finished) await this.deps.afterScan?.(finished);
  }
}
