import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { z } from 'zod';
import { RequireScope } from '../auth/auth.decorators';
import type { Scope } from '../auth/principal';
import { ZodValidationPipe } from '../common/zod-validation';

export const ROUTE_CONTRACT = 'rolecall:route-contract';

/** One media type of a response: a zod schema, or a plain JSON Schema for what zod does not produce (CSV text). */
export interface Content {
  mediaType: string;
  schema: z.ZodType | Record<string, unknown>;
  /** The name under components.schemas (and in the generated client); inline when absent. */
  name?: string;
  example?: unknown;
}

/** Error statuses a route can answer besides those every route of its kind shares (400 when it validates input, 401/403/429 with a token). */
export type ErrorStatus = 401 | 404 | 409 | 413 | 503;

/**
 * Everything a client needs to know about one route, declared once: the handler's validation pipes and
 * the OpenAPI operation are both made from it. The method, path and success status come from Nest's
 * own decorators (@Get, @HttpCode), so they cannot disagree with the route that runs.
 */
export type Params = Record<string, z.ZodType>;

export interface RouteSpec<P extends Params = Params, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** The scope a token needs; `public`: no token (health, and metrics unless ROLECALL_METRICS_TOKEN is set). */
  scope: Scope | 'public';
  /** A public route that takes ROLECALL_METRICS_TOKEN when it is set (/metrics). */
  metricsToken?: true;
  params?: P;
  query?: Q;
  body?: B;
  bodyExample?: unknown;
  /** The success response's content; absent: no body (204). */
  success?: { description: string; content: Content[]; headers?: Record<string, string> };
  errors?: ErrorStatus[];
  /** Responses with a body other than the shared error shape (health's 503). */
  otherResponses?: Record<number, { description: string; content: Content[] }>;
}

export interface RouteContract<P extends Params = Params, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> extends RouteSpec<P, Q, B> {
  /** Pipes that validate each request part with the contract's schemas. */
  validate: {
    param<K extends keyof P & string>(name: K): ZodValidationPipe<P[K]>;
    query: ZodValidationPipe<Q>;
    body: ZodValidationPipe<B>;
  };
}

export function route<P extends Params = Params, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType>(
  spec: RouteSpec<P, Q, B>,
): RouteContract<P, Q, B> {
  const missing = (part: string) => {
    throw new Error(`${spec.operationId} declares no ${part} schema`);
  };
  return {
    ...spec,
    validate: {
      param: <K extends keyof P & string>(name: K) => new ZodValidationPipe<P[K]>(spec.params?.[name] ?? missing(`path parameter ${name}`), 'path'),
      get query() {
        return new ZodValidationPipe(spec.query ?? missing('query'), 'query');
      },
      get body() {
        return new ZodValidationPipe(spec.body ?? missing('body'), 'body');
      },
    },
  };
}

/** Attaches the contract to the handler (the document reads it) and requires its scope (the auth guard reads that). */
export function Contract(contract: RouteSpec) {
  const decorators = [SetMetadata(ROUTE_CONTRACT, contract)];
  if (contract.scope !== 'public') decorators.push(RequireScope(contract.scope));
  return applyDecorators(...decorators);
}
