import { z } from 'zod';
import { ConflictException, Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { Logger } from 'pino';
import { ScanQueues } from '@rolecall/jobs';
import { TERMINAL_SCAN_STATUSES } from '@rolecall/model';
import { GithubIntegrationsRepository, NotAssessedRepository, ScanAccountsRepository, ScansRepository, SuppressionsRepository, type Scan } from '@rolecall/persistence';
import { ALL_RULES } from '@rolecall/rules';
import { LOGGER } from '@rolecall/runtime';
import type { Principal } from '../auth/principal';
import { PageCursors } from '../common/page-cursors';
import { withinQueueDeadline } from '../common/queue-deadline';
import type { CreateScanRequest } from './scan-request.schema';
import { presentUpload } from '../integrations/integration.presenter';
import { UploadTargetValidator } from '../integrations/upload-target.validator';
import { presentCoverage, presentScan, presentScanDetail } from './scan.presenter';
import { SeverityCountsCache } from './severity-counts.cache';

const SCANS_QUERY = { list: 'scans' };
const scanPositionSchema = z.number().int().positive();

@Injectable()
export class ScansService {
  constructor(
    private readonly scans: ScansRepository,
    private readonly scanAccounts: ScanAccountsRepository,
    private readonly queues: ScanQueues,
    private readonly cursors: PageCursors,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly integrations: GithubIntegrationsRepository,
    private readonly uploadTargets: UploadTargetValidator,
    private readonly notAssessed: NotAssessedRepository,
    private readonly suppressions: SuppressionsRepository,
    private readonly severityCounts: SeverityCountsCache,
  ) {}

  /** Stores the scan, then asks a worker to plan it; a scan that cannot be enqueued is marked failed. */
  async create(request: CreateScanRequest, principal: Principal) {
    await this.uploadTargets.check(request.githubUpload);
    const scan = await this.scans.create({ scope: request.scope, regions: request.regions, requestedBy: principal.label, githubUpload: request.githubUpload });
    try {
      await withinQueueDeadline(this.queues.enqueuePlan(scan.id));
    } catch (error) {
      this.logger.error({ scanId: scan.id, err: (error as Error).message }, 'could not enqueue scan');
      await this.scans.finish(scan.id, 'failed', 'the scan could not be queued: Redis is unavailable');
      throw new ServiceUnavailableException('the scan queue is unavailable; the scan was recorded as failed');
    }
    return presentScan(scan);
  }

  /** A finished scan's counts are computed once per set of active suppressions (see SeverityCountsCache). */
  private async countsBySeverity(scan: Scan) {
    if (!TERMINAL_SCAN_STATUSES.includes(scan.status)) return this.scans.countsBySeverity(scan.id);
    const active = await this.suppressions.list({ activeOnly: true });
    const key = SeverityCountsCache.suppressionSetKey(active.map((suppression) => suppression.id));
    return this.severityCounts.get(scan.id, key, () => this.scans.countsBySeverity(scan.id));
  }

  async list(limit: number, cursor: string | undefined) {
    const after = cursor === undefined ? undefined : await this.cursors.decode(cursor, SCANS_QUERY, scanPositionSchema);
    const page = await this.scans.list({ limit, after });
    return {
      items: page.items.map(presentScan),
      nextCursor: page.last === undefined ? null : await this.cursors.encode(page.last, SCANS_QUERY),
    };
  }

  async get(id: string) {
    const scan = await this.require(id);
    const [progress, findingCounts, accounts, uploads, coverage] = await Promise.all([
      this.scans.progress(id),
      this.countsBySeverity(scan),
      this.scanAccounts.list(id),
      this.integrations.uploadsForScan(id),
      this.notAssessed.counts(id),
    ]);
    const detail = presentScanDetail(scan, progress, findingCounts, accounts, presentCoverage(ALL_RULES.length, accounts, coverage));
    return { ...detail, githubUploads: uploads.map(presentUpload) };
  }

  async cancel(id: string) {
    const scan = await this.require(id);
    const cancelled = await this.scans.requestCancel(id);
    if (!cancelled) throw new ConflictException(`scan ${id} already finished with status ${scan.status}`);
    return presentScan(cancelled);
  }

  async require(id: string): Promise<Scan> {
    const scan = await this.scans.get(id);
    if (!scan) throw new NotFoundException(`scan ${id} not found`);
    return scan;
  }
}
