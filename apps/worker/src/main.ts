import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { PinoNestLogger, awaitRedis, bootConfig } from '@rolecall/runtime';
import { WorkerModule } from './worker.module';

/** `npm run start:worker`: consumes scan jobs; no HTTP server. SIGTERM drains active jobs. */
async function main(): Promise<void> {
  const { config, logger } = bootConfig('worker');
  await awaitRedis(config, logger);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  logger.info({ concurrency: config.ROLECALL_WORKER_CONCURRENCY }, 'rolecall worker started');
}

void main();
