import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { RolecallConfig } from '@rolecall/config';
import type { GithubUploadTarget } from '@rolecall/model';
import { GithubIntegrationsRepository } from '@rolecall/persistence';
import { CONFIG } from '@rolecall/runtime';

/** Checks a scan's or schedule's githubUpload before anything is stored: the integration must exist and tokens be readable. */
@Injectable()
export class UploadTargetValidator {
  constructor(
    private readonly integrations: GithubIntegrationsRepository,
    @Inject(CONFIG) private readonly config: RolecallConfig,
  ) {}

  async check(target: GithubUploadTarget | null | undefined, field = 'body.githubUpload'): Promise<void> {
    if (!target) return;
    if (!this.config.ROLECALL_ENCRYPTION_KEY) throw new BadRequestException(`${field}: GitHub uploads need ROLECALL_ENCRYPTION_KEY, which is not set`);
    if (!(await this.integrations.get(target.integrationId))) {
      throw new BadRequestException(`${field}.integrationId: no GitHub integration ${target.integrationId} is registered`);
    }
  }
}
