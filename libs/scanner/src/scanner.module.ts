import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createAwsContext } from '@rolecall/aws';
import type { RolecallConfig } from '@rolecall/config';
import { ScanQueues, UploadQueue } from '@rolecall/jobs';
import { GithubIntegrationsRepository, IdentitiesRepository, ScanAccountsRepository, ScansRepository, SchedulesRepository, type Database } from '@rolecall/persistence';
import { ScanUploadTrigger } from '@rolecall/publishing';
import { ALL_RULES, RuleEngine, loadActionCatalog } from '@rolecall/rules';
import { CONFIG, DATABASE, LOGGER, processMetrics, serveMetrics } from '@rolecall/runtime';
import { AccountScanner } from './account-scanner';
import { OrganizationCache } from './organization-cache';
import { ScanFinalizer } from './scan-finalizer';
import { ScanPlanner } from './scan-planner';
import { ScanReconciler } from './scan-reconciler';
import { ScanWorkers } from './scan-workers';
import { ScheduleRunner, ScheduleWorker } from './schedules';

/** Starts the BullMQ consumers when the application boots and drains them on shutdown. */
class ScanWorkersLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly workers: ScanWorkers,
    private readonly queues: ScanQueues,
    private readonly config: RolecallConfig,
  ) {}

  private metricsServer?: Server;

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.accounts.setGlobalConcurrency(this.config.ROLECALL_MAX_ACCOUNTS_IN_FLIGHT);
    this.workers.start();
    const port = this.config.ROLECALL_WORKER_METRICS_PORT;
    if (port !== undefined) this.metricsServer = await serveMetrics(processMetrics(), port);
  }

  async onApplicationShutdown(): Promise<void> {
    this.metricsServer?.close();
    await this.workers.close();
  }
}

/** Scans younger than this are never reconciled: the api stores a scan just before enqueueing its plan. */
const RECONCILE_GRACE_MS = 60_000;

/** Runs the reconciler at boot and then every ROLECALL_RECONCILE_INTERVAL_MS, one run at a time. */
class ScanReconcilerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly reconciler: ScanReconciler,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.reconciler
      .run()
      .then(
        () => undefined,
        (error: Error) => this.logger.warn({ err: error.message }, 'scan reconciliation skipped'),
      )
      .finally(() => (this.running = undefined));
  }
}

/** The worker side: plan, scan each account (collect -> evaluate -> store), finalize. */
@Module({
  providers: [
    {
      provide: ScanWorkers,
      inject: [CONFIG, LOGGER, ScansRepository, ScanAccountsRepository, ScanQueues, DATABASE, UploadQueue],
      useFactory: async (
        config: RolecallConfig,
        logger: Logger,
        scans: ScansRepository,
        scanAccounts: ScanAccountsRepository,
        queues: ScanQueues,
        database: Database,
        uploadQueue: UploadQueue,
      ) => {
        const aws = createAwsContext({
          memberRoleName: config.ROLECALL_MEMBER_ROLE_NAME,
          externalId: config.ROLECALL_EXTERNAL_ID,
          orgRoleArn: config.ROLECALL_ORG_ROLE_ARN,
          logger,
          accessAdvisor: { pollIntervalMs: config.ROLECALL_ACCESS_ADVISOR_POLL_MS },
          kubernetes: { allowInsecureLoopback: config.ROLECALL_ALLOW_INSECURE_KUBERNETES },
        });
        const rules = new RuleEngine(ALL_RULES, await loadActionCatalog());
        const organizations = new OrganizationCache(scans);
        const identities = new IdentitiesRepository(database.db);
        const uploads = new ScanUploadTrigger({ integrations: new GithubIntegrationsRepository(database.db), queue: uploadQueue, logger });
        return new ScanWorkers({
          connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
          prefix: config.ROLECALL_QUEUE_PREFIX,
          accountConcurrency: config.ROLECALL_WORKER_CONCURRENCY,
          lockDuration: config.ROLECALL_JOB_LOCK_MS,
          planner: new ScanPlanner({ aws, scans, scanAccounts, queues, logger }),
          finalizer: new ScanFinalizer({ scans, scanAccounts, identities, organizations, rules: ALL_RULES, logger, afterScan: (scan) => uploads.afterScan(scan) }),
          accountScanner: new AccountScanner({ aws, scans, scanAccounts, organizations, rules, identities, logger, metrics: processMetrics() }),
          logger,
          metrics: processMetrics(),
        });
      },
    },
    {
      provide: ScanWorkersLifecycle,
      useFactory: (workers: ScanWorkers, queues: ScanQueues, config: RolecallConfig) =>
        new ScanWorkersLifecycle(workers, queues, config),
      inject: [ScanWorkers, ScanQueues, CONFIG],
    },
    {
      provide: ScanReconcilerLifecycle,
      inject: [CONFIG, LOGGER, ScansRepository, ScanQueues],
      useFactory: (config: RolecallConfig, logger: Logger, scans: ScansRepository, queues: ScanQueues) =>
        new ScanReconcilerLifecycle(new ScanReconciler({ scans, queues, logger, graceMs: RECONCILE_GRACE_MS }), config.ROLECALL_RECONCILE_INTERVAL_MS, logger),
    },
    {
      provide: ScheduleWorker,
      inject: [CONFIG, LOGGER, DATABASE, ScanQueues],
      useFactory: (config: RolecallConfig, logger: Logger, database: Database, queues: ScanQueues) =>
        new ScheduleWorker({
          connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
          prefix: config.ROLECALL_QUEUE_PREFIX,
          runner: new ScheduleRunner({ schedules: new SchedulesRepository(database.db), queues, logger }),
          logger,
        }),
    },
  ],
  exports: [ScanWorkers],
})
export class ScannerModule {}
