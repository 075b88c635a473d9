import type { JsonService } from '../services/service';
import { toJson, type JsonValue } from '../wire/json-writer';
import type { SimError } from './sim-error';
import type { SimResponse } from './sim-response';

const CONTENT_TYPE = 'application/x-amz-json-1.1';

/** The operation named by X-Amz-Target (`<prefix>.<Operation>`), or undefined when the prefix is not the service's. */
export function jsonOperation(service: JsonService, target: string | undefined): string | undefined {
  if (!target?.startsWith(`${service.targetPrefix}.`)) return undefined;
  return target.slice(service.targetPrefix.length + 1);
}

export function jsonResult(result: JsonValue, requestId: string): SimResponse {
  return { status: 200, headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId }, body: toJson(result) };
}

/** {"__type": code, "message": ...} with the code also in x-amzn-ErrorType. */
export function jsonError(service: JsonService, error: SimError, requestId: string): SimResponse {
  return {
    status: error.status,
    headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code },
    body: JSON.stringify({ __type: error.code, [service.messageKey]: error.message }),
  };
}
