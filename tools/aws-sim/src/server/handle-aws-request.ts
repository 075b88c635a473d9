import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { serviceError } from '../protocols/error-catalog';
import { HtmlPageError, htmlPage } from '../protocols/html-page';
import { queryError } from '../protocols/query.protocol';
import { SimError } from '../protocols/sim-error';
import type { SimResponse } from '../protocols/sim-response';
import { findService, FALLBACK_SERVICE } from '../services/registry';
import { parseCredentialScope } from './credential-scope';
import { decodeCall, type DecodedCall } from './decode-call';
import type { RawRequest } from './raw-request';
import { resolveCaller } from './resolve-caller';
import type { SimulatorState } from './simulator-state';

/** Serves one signed AWS API request: identity, region, faults, then the operation. Every request is counted. */
export async function handleAwsRequest(state: SimulatorState, request: RawRequest): Promise<SimResponse> {
  const requestId = randomUUID();
  const scope = parseCredentialScope(header(request.headers.authorization));
  const service = scope && findService(scope.service);
  if (!scope || !service) {
    const error = scope ? new SimError('UnknownService', `The simulator does not serve ${scope.service}`, 400) : serviceError('sts', 'missingAuth');
    state.calls.record(scope?.service ?? 'unknown', 'Unknown', 'unknown', scope?.region ?? 'unknown', error.code);
    return queryError(FALLBACK_SERVICE, error, requestId);
  }
  const call = decodeCall(service, request);
  let account = 'unknown';
  try {
    const caller = resolveCaller(state, scope.accessKeyId, service.name);
    account = caller.accountId;
    const accountState = state.index.findAccount(account);
    if (!accountState) throw serviceError(service.name, 'accessDenied');
    if (!service.global && (!accountState.regionEnabled(scope.region) || state.faults.regionDisabled(account, scope.region))) {
      throw serviceError(service.name, 'regionDisabled');
    }
    await injectFaults(state, service.name, call, caller.arn, scope.region, account);
    if (!call.invoke) throw call.unsupported();
    const result = await call.invoke({ sim: state, caller, account: accountState, region: scope.region, service: service.name, operation: call.operation });
    state.calls.record(service.name, call.operation, account, scope.region, 'ok');
    return call.ok(result, requestId);
  } catch (error) {
    const simError = error instanceof SimError ? error : internalError(service.name, error);
    state.calls.record(service.name, call.operation, account, scope.region, simError.code);
    return simError instanceof HtmlPageError ? htmlPage(simError) : call.fail(simError, requestId);
  }
}

async function injectFaults(state: SimulatorState, service: string, call: DecodedCall, callerArn: string, region: string, account: string): Promise<void> {
  const decision = state.faults.decide({ service, operation: call.operation, account, region });
  if (decision.delayMs > 0) await sleep(decision.delayMs);
  if (decision.error === 'unsupported') throw call.unsupported();
  if (decision.error === 'notFoundHtml') throw new HtmlPageError(404);
  if (decision.error === 'notImplementedHtml') throw new HtmlPageError(501);
  if (decision.error === 'accessDenied') {
    throw serviceError(service, 'accessDenied', `User: ${callerArn} is not authorized to perform: ${service}:${call.operation}`);
  }
  if (decision.error) throw serviceError(service, decision.error);
}

function internalError(service: string, error: unknown): SimError {
  console.error('aws-sim: operation failed', error);
  return serviceError(service, 'internalError');
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
