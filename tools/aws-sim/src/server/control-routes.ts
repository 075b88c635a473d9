import { faultsSchema } from '../faults/faults.schema';
import { formatPath } from '../world/world-error';
import type { SimResponse } from '../protocols/sim-response';
import type { RawRequest } from './raw-request';
import type { SimulatorState } from './simulator-state';

function json(status: number, value: unknown): SimResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

/** Unsigned control routes under /_sim/: health, call counts, faults. */
export function handleControlRequest(state: SimulatorState, request: RawRequest, setFaults: (faults: unknown) => void): SimResponse {
  const route = `${request.method} ${request.path.replace(/\/$/, '')}`;
  switch (route) {
    case 'GET /_sim/health':
      return json(200, { status: 'ok', accounts: state.index.accounts.length });
    case 'GET /_sim/calls':
      return json(200, state.calls.snapshot());
    case 'POST /_sim/calls/reset':
      state.calls.reset();
      return json(200, { status: 'reset' });
    case 'GET /_sim/faults':
      return json(200, state.faults.faults);
    case 'POST /_sim/faults':
      return replaceFaults(request.body, setFaults);
    default:
      return json(404, { message: `no control route ${route}` });
  }
}

function replaceFaults(body: string, setFaults: (faults: unknown) => void): SimResponse {
  let value: unknown;
  try {
    value = JSON.parse(body || '{}');
  } catch {
    return json(400, { message: 'body is not JSON' });
  }
  const parsed = faultsSchema.safeParse(value);
  if (!parsed.success) {
    return json(400, { message: 'invalid faults', issues: parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) });
  }
  setFaults(parsed.data);
  return json(200, parsed.data);
}
