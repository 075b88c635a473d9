import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { startSimulator, type RunningSimulator, type World } from '@rolecall/aws-sim';
import { loadConfig, type RolecallConfig } from '@rolecall/config';
import { ACCOUNT_QUEUE, SCAN_QUEUE, UPLOAD_QUEUE } from '@rolecall/jobs';
import { type DatabaseEngine } from '@rolecall/persistence';
import { createTestDatabase, type TestDatabase } from '@rolecall/persistence/testing';
import { createLogger } from '@rolecall/runtime';
import { PublishingModule } from '@rolecall/publishing';
import { ScannerModule } from '@rolecall/scanner';
import { createApiApp } from '../src/create-api-app';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface StackOptions {
  engine: DatabaseEngine;
  world: World;
  /** Run the worker in the same process (default true). */
  withWorker?: boolean;
  env?: Record<string, string>;
}

/** api (+ worker) against real Redis, a fresh database of the chosen engine and the AWS simulator. */
export interface Stack {
  app: INestApplication;
  http: () => TestAgent;
  sim: RunningSimulator;
  config: RolecallConfig;
  logger: Logger;
  queuePrefix: string;
  jobCounts(): Promise<number>;
  close(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const sim = await startSimulator({ world: options.world, port: 0 });
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: sim.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIDSCANNER',
    AWS_SECRET_ACCESS_KEY: 'scanner-secret',
  });
  const storage = await testStorage(options.engine);
  const queuePrefix = `rctest-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    ...storage.env,
    ROLECALL_ADMIN_TOKEN: ADMIN_TOKEN,
    ROLECALL_EXTERNAL_ID: 'rolecall-demo',
    ROLECALL_QUEUE_PREFIX: queuePrefix,
    ROLECALL_WORKER_CONCURRENCY: '4',
    ROLECALL_LOG_LEVEL: 'silent',
    // The simulator serves its clusters' Kubernetes APIs over http on loopback.
    ROLECALL_ALLOW_INSECURE_KUBERNETES: 'true',
    ...options.env,
  });
  const logger = createLogger(config.ROLECALL_LOG_LEVEL);
  const app = await createApiApp({
    config,
    logger,
    extraModules: options.withWorker === false ? [] : [ScannerModule, PublishingModule],
  });
  await app.init();
  const server = app.getHttpServer();

  const queues = [SCAN_QUEUE, ACCOUNT_QUEUE, UPLOAD_QUEUE].map(
    (name) => new Queue(name, { connection: { url: config.REDIS_URL }, prefix: queuePrefix }),
  );
  return {
    app,
    http: () => request(server),
    sim,
    config,
    logger,
    queuePrefix,
    async jobCounts() {
      const counts = await Promise.all(queues.map((queue) => queue.getJobCountByTypes()));
      return counts.reduce((sum, count) => sum + count, 0);
    },
    async close() {
      await app.close();
      await Promise.all(queues.map((queue) => queue.obliterate({ force: true }).then(() => queue.close())));
      await sim.stop();
      await storage.dispose();
    },
  };
}

export async function testStorage(engine: DatabaseEngine): Promise<{ env: Record<string, string>; dispose(): Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'rolecall-e2e-'));
    return { env: { ROLECALL_DATA_DIR: dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const database: TestDatabase = await createTestDatabase('postgres');
  return { env: { DATABASE_URL: database.options.databaseUrl ?? '' }, dispose: () => database.dispose() };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Polls a scan until it reaches a terminal status (bounded; no fixed sleeps). */
export async function waitForScan(stack: Stack, scanId: string, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await stack.http().get(`/v1/scans/${scanId}`).set(bearer(ADMIN_TOKEN));
    if (['succeeded', 'partial', 'failed', 'cancelled'].includes(response.body.status)) return response.body;
    if (Date.now() > deadline) throw new Error(`scan ${scanId} still ${response.body.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
