import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import type { Express } from 'express';
import type { OpenApiDocument } from './openapi-document';

export const API_VERSION = '0.1.0';
export const DOCUMENT_PATH = '/docs/openapi.json';

/**
 * /docs/openapi.json serves the document as built; /docs is Swagger UI over it. /docs/ redirects to /docs:
 * the page's assets are addressed relative to one of the two, and one address is simpler to keep working.
 */
export function serveApiDocs(app: INestApplication, document: OpenApiDocument): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  const body = JSON.stringify(document);
  express.get(DOCUMENT_PATH, (_request, response) => {
    response.type('application/json').send(body);
  });
  express.use((request, response, next) => {
    if (request.path === '/docs/' && request.method === 'GET') response.redirect(301, '/docs');
    else next();
  });
  // Swagger UI only: its own copy of the document (raw) would be a second address to keep in step.
  SwaggerModule.setup('docs', app, document as never, { raw: false, swaggerOptions: { url: DOCUMENT_PATH } });
}
