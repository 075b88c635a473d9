import type { AnnotatedFinding } from '@rolecall/publishing';

/**
 * The state filter: state is decided against the previous scan after a page is read, so it is applied
 * to each page (a page may come back shorter than `limit`; nextCursor still leads to the rest).
 */
export function inStates(states: readonly AnnotatedFinding['state'][] | undefined): (finding: AnnotatedFinding) => boolean {
  return (finding) => states === undefined || states.includes(finding.state);
}
