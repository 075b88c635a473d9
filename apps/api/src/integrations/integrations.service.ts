import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { decodeKey, type RolecallConfig } from '@rolecall/config';
import { GithubIntegrationsRepository, ScansRepository } from '@rolecall/persistence';
import { GithubUploadClient, MAX_GZIPPED_BYTES, checkGithubApiBaseUrl } from '@rolecall/reporting';
import { CONFIG, LOGGER } from '@rolecall/runtime';
import type { Principal } from '../auth/principal';
import { ScanSarifService } from '../findings/scan-sarif.service';
import { GithubUploader } from './github-uploader';
import type { CreateGithubIntegrationRequest, CreateGithubUploadRequest } from './integration-request.schema';
import { presentIntegration, presentUpload } from './integration.presenter';

const KEY_VARIABLE = 'ROLECALL_ENCRYPTION_KEY';

/** GitHub targets (admin) and uploads of a scan's SARIF to them, run in the background after a 202. */
@Injectable()
export class IntegrationsService implements OnModuleDestroy {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly integrations: GithubIntegrationsRepository,
    private readonly scans: ScansRepository,
    private readonly sarif: ScanSarifService,
    @Inject(CONFIG) private readonly config: RolecallConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async create(request: CreateGithubIntegrationRequest, principal: Principal) {
    const key = this.key();
    const base = checkGithubApiBaseUrl(request.apiBaseUrl, this.config.ROLECALL_ALLOW_INSECURE_GITHUB);
    if ('error' in base) throw new BadRequestException(`body.apiBaseUrl: ${base.error}`);
    const integration = await this.integrations.create(key, { ...request, apiBaseUrl: base.url, createdBy: principal.name });
    this.logger.info({ integrationId: integration.id, owner: integration.owner, repo: integration.repo }, 'github integration registered');
    return presentIntegration(integration);
  }

  async list() {
    return { items: (await this.integrations.list()).map(presentIntegration) };
  }

  async remove(id: string): Promise<void> {
    if (!(await this.integrations.delete(id))) throw new NotFoundException(`integration ${id} not found`);
  }

  /** Records a queued upload and starts it; GET /v1/scans/{id} shows its outcome. */
  async upload(scanId: string, request: CreateGithubUploadRequest) {
    const key = this.key();
    const scan = await this.scans.get(scanId);
    if (!scan) throw new NotFoundException(`scan ${scanId} not found`);
    if (scan.status !== 'succeeded' && scan.status !== 'partial') throw new ConflictException(`scan ${scanId} is ${scan.status}; only completed scans are uploaded`);
    if (!(await this.integrations.get(request.integrationId))) throw new NotFoundException(`integration ${request.integrationId} not found`);
    const upload = await this.integrations.createUpload(scanId, request.integrationId);
    const uploader = new GithubUploader(this.integrations, (s) => this.sarif.input(s), this.logger, {
      key,
      allowInsecure: this.config.ROLECALL_ALLOW_INSECURE_GITHUB,
      client: new GithubUploadClient({ pollIntervalMs: this.config.ROLECALL_ALLOW_INSECURE_GITHUB ? 10 : 2000, maxPolls: 60 }),
      backoffMs: this.config.ROLECALL_ALLOW_INSECURE_GITHUB ? 10 : 1000,
      maxGzippedBytes: MAX_GZIPPED_BYTES,
    });
    const task = uploader.run(upload, scan, request.commitSha).finally(() => this.running.delete(task));
    this.running.add(task);
    return presentUpload(upload);
  }

  async uploadsFor(scanId: string) {
    return (await this.integrations.uploadsForScan(scanId)).map(presentUpload);
  }

  /** Lets uploads in flight record their outcome before the database closes. */
  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private key(): Buffer {
    const key = this.config.ROLECALL_ENCRYPTION_KEY && decodeKey(this.config.ROLECALL_ENCRYPTION_KEY);
    if (!key) throw new ConflictException(`GitHub integrations need ${KEY_VARIABLE} (32 bytes as 64 hex digits or base64) to encrypt their tokens`);
    return key;
  }
}
