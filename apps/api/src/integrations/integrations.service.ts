import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { Logger } from 'pino';
import { decodeKey, type RolecallConfig } from '@rolecall/config';
import { UploadQueue } from '@rolecall/jobs';
import { GithubIntegrationsRepository, ScansRepository, SchedulesRepository } from '@rolecall/persistence';
import { githubEgressPolicy, type EgressPolicy } from '@rolecall/egress';
import { checkGithubApiBaseUrl } from '@rolecall/reporting';
import { CONFIG, LOGGER } from '@rolecall/runtime';
import type { Principal } from '../auth/principal';
import { withinQueueDeadline } from '../common/queue-deadline';
import type { CreateGithubIntegrationRequest, CreateGithubUploadRequest } from './integration-request.schema';
import { presentIntegration, presentUpload } from './integration.presenter';

const KEY_VARIABLE = 'ROLECALL_ENCRYPTION_KEY';

/** GitHub targets (admin) and uploads of a scan's SARIF to them, queued for the worker. */
@Injectable()
export class IntegrationsService {
  /** Where uploads may go: https to api.github.com or a host in ROLECALL_GITHUB_HOSTS. */
  private readonly egress: EgressPolicy;

  constructor(
    private readonly integrations: GithubIntegrationsRepository,
    private readonly scans: ScansRepository,
    private readonly schedules: SchedulesRepository,
    private readonly uploads: UploadQueue,
    @Inject(CONFIG) private readonly config: RolecallConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.egress = githubEgressPolicy(config);
  }

  async create(request: CreateGithubIntegrationRequest, principal: Principal) {
    const key = this.key();
    const base = checkGithubApiBaseUrl(request.apiBaseUrl, this.egress);
    if ('error' in base) throw new BadRequestException(`body.apiBaseUrl: ${base.error}`);
    const integration = await this.integrations.create(key, { ...request, apiBaseUrl: base.url, createdBy: principal.label });
    this.logger.info({ integrationId: integration.id, owner: integration.owner, repo: integration.repo }, 'github integration registered');
    return presentIntegration(integration);
  }

  async list() {
    return { items: (await this.integrations.list()).map(presentIntegration) };
  }

  /** Refused while a schedule still uploads to it: its runs would fail one by one. */
  async remove(id: string): Promise<void> {
    const users = await this.schedules.usingIntegration(id);
    if (users.length > 0) throw new ConflictException(`integration ${id} is the githubUpload of schedule ${users.join(', ')}; change or delete the schedule first`);
    if (!(await this.integrations.delete(id))) throw new NotFoundException(`integration ${id} not found`);
  }

  /** Records a queued upload and hands it to the worker; GET /v1/scans/{id} shows its outcome. */
  async upload(scanId: string, request: CreateGithubUploadRequest) {
    this.key();
    const scan = await this.scans.get(scanId);
    if (!scan) throw new NotFoundException(`scan ${scanId} not found`);
    if (scan.status !== 'succeeded' && scan.status !== 'partial') throw new ConflictException(`scan ${scanId} is ${scan.status}; only completed scans are uploaded`);
    if (!(await this.integrations.get(request.integrationId))) throw new NotFoundException(`integration ${request.integrationId} not found`);
    const upload = await this.integrations.createUpload(scanId, request.integrationId);
    try {
      await withinQueueDeadline(this.uploads.enqueue({ uploadId: upload.id, ...(request.commitSha ? { commitSha: request.commitSha } : {}) }));
    } catch (error) {
      this.logger.error({ uploadId: upload.id, err: (error as Error).message }, 'could not enqueue github upload');
      await this.integrations.recordUpload(upload.id, { status: 'error', errors: ['the upload could not be queued: Redis is unavailable'] });
      throw new ServiceUnavailableException('the upload queue is unavailable; the upload was recorded as failed');
    }
    return presentUpload(upload);
  }

  private key(): Buffer {
    const key = this.config.ROLECALL_ENCRYPTION_KEY && decodeKey(this.config.ROLECALL_ENCRYPTION_KEY);
    if (!key) throw new ConflictException(`GitHub integrations need ${KEY_VARIABLE} (32 bytes as 64 hex digits or base64) to encrypt their tokens`);
    return key;
  }
}
