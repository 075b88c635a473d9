import { type Caller, sessionCaller } from '../identity/caller';
import { serviceError } from '../protocols/error-catalog';
import type { SimulatorState } from './simulator-state';

/** The identity behind an access key: a simulator-issued session (rejected once expired) or else the scanner. */
export function resolveCaller(state: SimulatorState, accessKeyId: string, service: string): Caller {
  const session = state.credentials.find(accessKeyId);
  if (!session) return state.index.scanner;
  if (session.expiresAt <= state.now()) throw serviceError(service, 'expiredToken');
  return sessionCaller(session);
}
