import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { RolecallConfig } from '@rolecall/config';
import {
  type Database,
  FindingsRepository,
  GithubIntegrationsRepository,
  NotAssessedRepository,
  ScanHistoryRepository,
  ScansRepository,
  SuppressionsRepository,
} from '@rolecall/persistence';
import { CONFIG, DATABASE, LOGGER } from '@rolecall/runtime';
import { FindingAnnotator } from './finding-annotator';
import { createGithubUploader } from './github/create-uploader';
import { UploadRunner } from './github/upload-runner';
import { UploadWorker } from './github/upload-worker';
import { ScanFindingsReader } from './scan-findings-reader';
import { ScanSarif } from './scan-sarif';

/** Starts the upload consumer with the application; on shutdown aborts uploads in flight, which record the error. */
class UploadWorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly worker: UploadWorker) {}

  onApplicationBootstrap(): void {
    this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}

/** The worker side of publishing: runs queued GitHub uploads. */
@Module({
  providers: [
    {
      provide: UploadWorker,
      inject: [CONFIG, LOGGER, DATABASE, ScansRepository, FindingsRepository],
      useFactory: (config: RolecallConfig, logger: Logger, database: Database, scans: ScansRepository, findings: FindingsRepository) => {
        const integrations = new GithubIntegrationsRepository(database.db);
        const annotator = new FindingAnnotator(new ScanHistoryRepository(database.db), new SuppressionsRepository(database.db));
        const sarif = new ScanSarif(new ScanFindingsReader(findings), annotator, new NotAssessedRepository(database.db));
        const shutdown = new AbortController();
        const uploader = createGithubUploader(config, integrations, sarif, logger, shutdown.signal);
        return new UploadWorker({
          shutdown,
          connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
          prefix: config.ROLECALL_QUEUE_PREFIX,
          runner: new UploadRunner({ integrations, scans, uploader, logger }),
          logger,
        });
      },
    },
    { provide: UploadWorkerLifecycle, inject: [UploadWorker], useFactory: (worker: UploadWorker) => new UploadWorkerLifecycle(worker) },
  ],
})
export class PublishingModule {}
