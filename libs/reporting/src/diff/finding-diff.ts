/** Findings of a scan against the previous scan of the same scope, matched by fingerprint. */
export interface FindingDiff<T> {
  new: T[];
  unchanged: T[];
  /** In the previous scan, gone from this one. */
  resolved: T[];
}

export function diffFindings<T extends { fingerprint: string }>(current: readonly T[], previous: readonly T[]): FindingDiff<T> {
  const before = new Set(previous.map((finding) => finding.fingerprint));
  const now = new Set(current.map((finding) => finding.fingerprint));
  return {
    new: current.filter((finding) => !before.has(finding.fingerprint)),
    unchanged: current.filter((finding) => before.has(finding.fingerprint)),
    resolved: previous.filter((finding) => !now.has(finding.fingerprint)),
  };
}
