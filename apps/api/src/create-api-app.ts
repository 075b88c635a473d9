import { Module, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import type { RolecallConfig } from '@rolecall/config';
import { PinoNestLogger, RuntimeModule } from '@rolecall/runtime';
import { ApiModule } from './api.module';
import { installJsonBody } from './common/json-body';
import { MethodNotAllowedFilter } from './common/method-not-allowed.filter';
import { buildOpenApiDocument } from './contract/openapi-document';
import { discoverRoutes } from './contract/route-discovery';
import { API_VERSION, serveApiDocs } from './contract/serve-api-docs';
import { installSecurityHeaders } from './common/security-headers';

export interface ApiAppOptions {
  config: RolecallConfig;
  logger: Logger;
  /** Extra modules to run in the same process (the worker, in `dev` mode). */
  extraModules?: (Type | DynamicModule)[];
}

/** Builds the api application (not yet listening): body limits, auth, OpenAPI at /docs. */
export async function createApiApp({ config, logger, extraModules = [] }: ApiAppOptions): Promise<INestApplication> {
  @Module({ imports: [RuntimeModule.forRoot({ config, logger }), ApiModule, ...extraModules] })
  class RootModule {}

  const app = await NestFactory.create<NestExpressApplication>(RootModule, {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
    // A provider that refuses to start (a wrong ROLECALL_ENCRYPTION_KEY) rejects with its own message instead of aborting the process.
    abortOnError: false,
  });
  app.disable('x-powered-by');
  const express = app.getHttpAdapter().getInstance();
  installSecurityHeaders(express);
  installJsonBody(express);
  app.useGlobalFilters(new MethodNotAllowedFilter(app.getHttpAdapter(), express));
  app.enableShutdownHooks();

  // Built before the app listens: a route without a contract stops the start instead of going undocumented.
  serveApiDocs(app, buildOpenApiDocument(discoverRoutes(app), API_VERSION));
  return app;
}
