import { presentFinding } from '../scans/scan.presenter';
import type { AnnotatedFinding } from '@rolecall/publishing';
import type { AnnotatedFindingResponse } from './finding.response';

/** A finding as the API serves it, with its state and the suppression that applies (null when none). */
export function presentAnnotatedFinding(finding: AnnotatedFinding): AnnotatedFindingResponse {
  const { suppression } = finding;
  return {
    ...presentFinding(finding),
    state: finding.state,
    suppression: suppression && {
      id: suppression.id,
      reason: suppression.reason,
      expiresAt: suppression.expiresAt?.toISOString() ?? null,
      createdBy: suppression.createdBy,
    },
  };
}
