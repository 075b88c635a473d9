import { ec2Error, ec2Result } from '../protocols/ec2.protocol';
import { serviceError } from '../protocols/error-catalog';
import { jsonError, jsonOperation, jsonResult } from '../protocols/json.protocol';
import { queryError, queryResult } from '../protocols/query.protocol';
import { QueryInput } from '../protocols/query-input';
import { matchRoute, restJsonError, restJsonResult } from '../protocols/rest-json.protocol';
import { SimError } from '../protocols/sim-error';
import type { SimResponse } from '../protocols/sim-response';
import type { CallContext, ServiceDefinition } from '../services/service';
import type { JsonValue } from '../wire/json-writer';
import type { XmlValue } from '../wire/xml-writer';
import type { RawRequest } from './raw-request';

/** A request decoded by its service's protocol: which operation, how to run it, how to answer. */
export interface DecodedCall {
  operation: string;
  /** Undefined when the service has no such operation. */
  invoke?: (ctx: CallContext) => unknown;
  unsupported: () => SimError;
  ok: (result: unknown, requestId: string) => SimResponse;
  fail: (error: SimError, requestId: string) => SimResponse;
}

type Members = { [member: string]: XmlValue };

export function decodeCall(service: ServiceDefinition, request: RawRequest): DecodedCall {
  switch (service.protocol) {
    case 'query':
    case 'ec2': {
      const params = new URLSearchParams(request.body);
      for (const [key, value] of request.query) params.append(key, value);
      const operation = params.get('Action') ?? '';
      const handler = ownHandler(service.operations, operation);
      const input = new QueryInput(params, service.name);
      const unsupportedMessage =
        service.protocol === 'query'
          ? `Could not find operation ${operation} for version ${service.version}`
          : `The action ${operation} is not valid for this web service.`;
      return {
        operation,
        invoke: handler && ((ctx) => handler(ctx, input)),
        unsupported: () => serviceError(service.name, 'unsupported', unsupportedMessage),
        ok: (result, id) => (service.protocol === 'query' ? queryResult(service, operation, result as Members, id) : ec2Result(service, operation, result as Members, id)),
        fail: (error, id) => (service.protocol === 'query' ? queryError(service, error, id) : ec2Error(error, id)),
      };
    }
    case 'json': {
      const operation = jsonOperation(service, headerValue(request.headers['x-amz-target'])) ?? '';
      const handler = ownHandler(service.operations, operation);
      return {
        operation,
        invoke: handler && ((ctx) => handler(ctx, parseBody(request.body))),
        unsupported: () => serviceError(service.name, 'unsupported', `Operation ${operation} is not supported`),
        ok: (result, id) => jsonResult(result as JsonValue, id),
        fail: (error, id) => jsonError(service, error, id),
      };
    }
    case 'rest-json': {
      const found = matchRoute(service, request.method, request.path);
      return {
        operation: found?.route.operation ?? 'UnknownOperation',
        invoke: found && ((ctx) => found.route.handler(ctx, { path: found.params, query: request.query })),
        unsupported: () => serviceError(service.name, 'unsupported', `No operation for ${request.method} ${request.path}`),
        ok: (result, id) => restJsonResult(result as JsonValue, id),
        fail: (error, id) => restJsonError(error, id),
      };
    }
  }
}

/** The handler named `operation`, ignoring inherited properties such as "constructor". */
function ownHandler<H>(operations: Record<string, H>, operation: string): H | undefined {
  return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseBody(body: string): unknown {
  if (!body) return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new SimError('SerializationException', 'Malformed JSON request body', 400);
  }
}
