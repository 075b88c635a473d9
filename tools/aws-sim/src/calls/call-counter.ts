/** One row of the call log: how many calls ended with this outcome ('ok' or the error code). */
export interface CallCount {
  service: string;
  operation: string;
  account: string;
  region: string;
  outcome: string;
  count: number;
}

export interface CallCounts {
  total: number;
  calls: CallCount[];
}

/** Counts every request by service, operation, account, region and outcome. */
export class CallCounter {
  private readonly counts = new Map<string, CallCount>();
  private total = 0;

  record(service: string, operation: string, account: string, region: string, outcome: string): void {
    this.total++;
    const key = `${service}\u0000${operation}\u0000${account}\u0000${region}\u0000${outcome}`;
    const existing = this.counts.get(key);
    if (existing) existing.count++;
    else this.counts.set(key, { service, operation, account, region, outcome, count: 1 });
  }

  snapshot(): CallCounts {
    const calls = [...this.counts.values()].map((row) => ({ ...row }));
    calls.sort((a, b) => compareRows(a, b));
    return { total: this.total, calls };
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
  }
}

function compareRows(a: CallCount, b: CallCount): number {
  return (
    a.service.localeCompare(b.service) ||
    a.operation.localeCompare(b.operation) ||
    a.account.localeCompare(b.account) ||
    a.region.localeCompare(b.region) ||
    a.outcome.localeCompare(b.outcome)
  );
}

/** Sums the rows matching every given field. */
export function countCalls(counts: CallCounts, filter: Partial<Omit<CallCount, 'count'>>): number {
  return counts.calls
    .filter((row) => (Object.keys(filter) as (keyof typeof filter)[]).every((key) => row[key] === filter[key]))
    .reduce((sum, row) => sum + row.count, 0);
}
