import { Catch, NotFoundException, type ArgumentsHost, type HttpServer } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Express, Request, Response } from 'express';

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): unknown;
}

/** The methods the app's routes answer on a path (HEAD wherever GET is), sorted; empty for an unknown path. */
export function allowedMethods(app: Express, path: string): string[] {
  const stack = (app as unknown as { router?: { stack: RouteLayer[] } }).router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [method, enabled] of Object.entries(layer.route.methods)) if (enabled && method !== '_all') methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * A request no route answers: 405 with `Allow` when the path is known under other methods, else the
 * usual 404. A 404 thrown by a handler (an unknown scan id) is on a route that allows the method, so it stays.
 */
@Catch(NotFoundException)
export class MethodNotAllowedFilter extends BaseExceptionFilter {
  constructor(
    adapter: HttpServer,
    private readonly app: Express,
  ) {
    super(adapter);
  }

  override catch(exception: NotFoundException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const allowed = allowedMethods(this.app, request.path);
    if (allowed.length === 0 || allowed.includes(request.method)) return super.catch(exception, host);
    response
      .status(405)
      .setHeader('Allow', allowed.join(', '))
      .json({ statusCode: 405, error: 'Method Not Allowed', message: `${request.method} is not allowed on ${request.path}; allowed: ${allowed.join(', ')}` });
  }
}
