import { Module, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import type { RolecallConfig } from '@rolecall/config';
import { PinoNestLogger, RuntimeModule } from '@rolecall/runtime';
import { ApiModule } from './api.module';
import { installJsonBody } from './common/json-body';
import { MethodNotAllowedFilter } from './common/method-not-allowed.filter';
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

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rolecall')
      .setDescription('Audits how identity is wired into ECS and EKS containers across an AWS Organization')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'opaque', description: 'A Rolecall API token (rc_...), sent as Authorization: Bearer <token>' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
