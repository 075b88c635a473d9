import type { Finding } from '@rolecall/model';
import type { AppliedSuppression, FindingState } from '@rolecall/reporting';

/** A stored finding with its state against the previous scan of its scope and the suppression that applies; it is a ReportFinding as it stands. */
export interface AnnotatedFinding extends Finding {
  state: FindingState;
  suppression: AppliedSuppression | null;
}
