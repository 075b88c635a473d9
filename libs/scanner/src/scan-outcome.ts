import type { AccountRunStatus, ScanStatus } from '@rolecall/model';

/**
 * The status a finished scan gets from its accounts: failed when no account could be scanned,
 * partial when some failed or were only partly collected, succeeded otherwise. An account still
 * queued or running at this point never reached a result and counts as failed.
 */
export function scanOutcome(accounts: readonly AccountRunStatus[]): Exclude<ScanStatus, 'queued' | 'running' | 'cancelled'> {
  if (accounts.length === 0) return 'failed';
  const failed = accounts.filter((status) => status !== 'succeeded' && status !== 'partial').length;
  if (failed === accounts.length) return 'failed';
  if (failed > 0 || accounts.includes('partial')) return 'partial';
  return 'succeeded';
}
