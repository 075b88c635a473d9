import { globMatches } from '../util/glob';
import { Random } from '../util/random';
import { type FaultErrorKind, type FaultMatch, type Faults, faultsSchema, type ValidFaults } from './faults.schema';

export interface CallKey {
  service: string;
  operation: string;
  account: string;
  region: string;
}

export interface FaultDecision {
  delayMs: number;
  error?: FaultErrorKind;
}

function matches(match: FaultMatch, call: CallKey): boolean {
  return (
    globMatches(match.service, call.service) &&
    globMatches(match.operation, call.operation) &&
    globMatches(match.account, call.account) &&
    globMatches(match.region, call.region)
  );
}

/** Decides, per call, the injected latency and error. Deterministic for a seed and a sequence of calls. */
export class FaultEngine {
  readonly faults: ValidFaults;
  private readonly random: Random;
  private readonly hits: number[];

  constructor(faults: Faults = {}) {
    this.faults = faultsSchema.parse(faults);
    this.random = new Random(this.faults.seed);
    this.hits = this.faults.errors.map(() => 0);
  }

  regionDisabled(account: string, region: string): boolean {
    return this.faults.disabledRegions.some((rule) => globMatches(rule.account, account) && globMatches(rule.region, region));
  }

  decide(call: CallKey): FaultDecision {
    const latency = this.faults.latency.find((rule) => matches(rule.match, call));
    const delayMs = latency ? latency.fixedMs + (latency.jitterMs > 0 ? Math.floor(this.random.next() * (latency.jitterMs + 1)) : 0) : 0;
    const index = this.faults.errors.findIndex((rule, i) => {
      if (!matches(rule.match, call)) return false;
      if (rule.limit !== undefined && this.hits[i] >= rule.limit) return false;
      return rule.rate >= 1 || this.random.next() < rule.rate;
    });
    if (index < 0) return { delayMs };
    this.hits[index]++;
    return { delayMs, error: this.faults.errors[index].error };
  }
}
