import type { Severity } from '@rolecall/model';

/** GitHub's security-severity: a string "0.1".."10.0" (>= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, < 4.0 low). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

/** SARIF result level per severity. */
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
