import type { INestApplication } from '@nestjs/common';

export type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};
export type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; style?: string; explode?: boolean; required: boolean }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
  security: Record<string, string[]>[];
};

/** "GET /v1/scans/{id}" for every operation of the document. */
export function documentedOperations(document: OpenApi): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)).sort();
}

/** "GET /v1/scans/{id}" for every route express serves, read from its router (not from Nest's metadata, which the document is made from). */
export function servedRoutes(app: INestApplication, ignore: RegExp): string[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  const express = app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } };
  const routes = express.router.stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).filter((method) => method !== '_all').map((method) => `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`) : [],
  );
  return [...new Set(routes)].filter((route) => !ignore.test(route)).sort();
}
