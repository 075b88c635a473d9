import { HttpException, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { AuditEventsRepository } from '@rolecall/persistence';
import type { AuthenticatedRequest } from '../auth/principal';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `TokensController.create` -> `tokens.create`. */
export function auditAction(controller: string, handler: string): string {
  return `${controller.replace(/Controller$/, '').replace(/^./, (first) => first.toLowerCase())}.${handler}`;
}

/**
 * Records every change made through the api (POST, PUT, PATCH, DELETE by an authenticated token)
 * before the answer goes out, refused ones with their status too: who (token id and name), what
 * (action, method, path, target id), when, and from where (address, user agent).
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!CHANGES.has(request.method) || !request.principal) return next.handle();
    const action = auditAction(context.getClass().name, context.getHandler().name);
    const successStatus = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);
    const record = (status: number, body: unknown) => this.record(request, action, status, body);
    return next.handle().pipe(
      mergeMap((body: unknown) => from(record(successStatus, body).then(() => body))),
      catchError((error: unknown) =>
        from(
          record(error instanceof HttpException ? error.getStatus() : 500, undefined).then(() => {
            throw error;
          }),
        ),
      ),
    );
  }

  private async record(request: AuthenticatedRequest, action: string, status: number, body: unknown): Promise<void> {
    const principal = request.principal;
    if (!principal) return;
    const params = request.params as Record<string, string | undefined>;
    const bodyId = body !== null && typeof body === 'object' && typeof (body as { id?: unknown }).id === 'string' ? (body as { id: string }).id : undefined;
    await this.events.record({
      tokenId: principal.tokenId,
      tokenName: principal.name,
      action,
      method: request.method,
      path: request.originalUrl.split('?')[0].slice(0, 2048),
      targetId: params.id ?? bodyId ?? null,
      status,
      sourceAddress: request.ip ?? request.socket.remoteAddress ?? null,
      userAgent: request.headers['user-agent']?.slice(0, 512) ?? null,
    });
  }
}
