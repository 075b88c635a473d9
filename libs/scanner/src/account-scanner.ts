import type { Logger } from 'pino';
import { AccountAccessError, collectAccount, type AwsContext } from '@rolecall/aws';
import type { ScanAccountPayload } from '@rolecall/jobs';
import type { AccountRunStatus, NotAssessed } from '@rolecall/model';
import { IdentitiesRepository, ScanAccountsRepository, ScansRepository } from '@rolecall/persistence';
import { accountNotAssessed, identityMapOf, summarizeAccount, type RuleEngine } from '@rolecall/rules';
import { recordAccountScan, type RolecallMetrics } from '@rolecall/runtime';
import type { OrganizationCache } from './organization-cache';

export interface AccountScannerDeps {
  aws: AwsContext;
  scans: ScansRepository;
  scanAccounts: ScanAccountsRepository;
  organizations: OrganizationCache;
  rules: RuleEngine;
  /** Where the account's identity summary and identity map go (read by the finalizer and the API). */
  identities: IdentitiesRepository;
  logger: Logger;
  metrics?: RolecallMetrics;
}

/**
 * Collect -> evaluate -> store for one account of one scan. AWS failures become the account's
 * result (failed, or partial with gaps); only infrastructure failures throw, so the job retries,
 * and a retry replaces this account's results instead of adding to them.
 */
export class AccountScanner {
  constructor(private readonly deps: AccountScannerDeps) {}

  async run(payload: ScanAccountPayload): Promise<AccountRunStatus> {
    const { scanId, accountId } = payload;
    const { scans, scanAccounts, logger } = this.deps;
    const isCancelled = async () => (await scans.get(scanId))?.status === 'cancelled';

    // start() refuses an account that a cancel already closed.
    if ((await isCancelled()) || !(await scanAccounts.start(scanId, accountId))) return this.finish(payload, 'cancelled');
    try {
      const collected = await collectAccount(this.deps.aws, { ...payload, isCancelled });
      if (await isCancelled()) return this.finish(payload, 'cancelled', undefined, collected);
      const organization = await this.deps.organizations.get(scanId);
      const input = { inventory: collected.inventory, organization };
      // One analyzer for the rules and the summary: each role's policies are analyzed once.
      const roles = this.deps.rules.analyzerFor(input);
      const { findings, notAssessed } = this.deps.rules.assessAccount(input, roles);
      const status: AccountRunStatus = collected.gaps.length > 0 ? 'partial' : 'succeeded';
      const summary = summarizeAccount({ inventory: collected.inventory, organization, roles });
      const identities = identityMapOf(summary).map((row) => ({ ...row, sensitiveClasses: [...row.sensitiveClasses], trustWeaknesses: [...row.trustWeaknesses] }));
      await this.deps.identities.saveAccount(scanId, accountId, summary, identities);
      const result = { status, awsCalls: collected.awsCalls, gaps: collected.gaps, findings, notAssessed };
      await scanAccounts.complete(scanId, accountId, result);
      if (this.deps.metrics) recordAccountScan(this.deps.metrics, { ...result, awsOutcomes: collected.awsOutcomes });
      logger.info({ scanId, accountId, status, findings: findings.length, gaps: collected.gaps.length }, 'account scanned');
      return status;
    } catch (error) {
      if (!(error instanceof AccountAccessError)) throw error;
      logger.warn({ scanId, accountId, code: error.code }, 'account could not be accessed');
      // No rule could look at the account: each is not assessed there, and what they last found is carried.
      const ruleIds = this.deps.rules.rules.map((rule) => rule.metadata.id);
      const notAssessed = accountNotAssessed(ruleIds, accountId, { service: 'sts', operation: 'AssumeRole', errorCode: error.code });
      return this.finish(payload, 'failed', error.message, undefined, notAssessed);
    }
  }

  private async finish(
    payload: ScanAccountPayload,
    status: Extract<AccountRunStatus, 'failed' | 'cancelled'>,
    error?: string,
    collected: { awsCalls: Record<string, number>; awsOutcomes?: Record<string, number> } = { awsCalls: {} },
    notAssessed: NotAssessed[] = [],
  ): Promise<AccountRunStatus> {
    const result = { status, error, awsCalls: collected.awsCalls, gaps: [], findings: [], notAssessed };
    await this.deps.scanAccounts.complete(payload.scanId, payload.accountId, result);
    if (this.deps.metrics) recordAccountScan(this.deps.metrics, { ...result, awsOutcomes: collected.awsOutcomes });
    return status;
  }
}
