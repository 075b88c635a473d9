import { CallCounter } from '../calls/call-counter';
import { FaultEngine } from '../faults/fault-engine';
import type { Faults } from '../faults/faults.schema';
import { CredentialStore } from '../identity/credential-store';
import { WorldIndex } from '../model/world-index';
import { PageTokens } from '../paging/page-tokens';
import type { ValidWorld } from '../world/world.schema';
import { AccessAdvisorJobs } from './access-advisor-jobs';

/** Everything a running simulator holds: the indexed world, issued credentials, tokens, faults, jobs and call counts. */
export class SimulatorState {
  readonly index: WorldIndex;
  readonly credentials = new CredentialStore();
  readonly pageTokens = new PageTokens();
  readonly calls = new CallCounter();
  readonly accessAdvisorJobs = new AccessAdvisorJobs();
  faults: FaultEngine;
  /** The simulator's own URL once it listens: simulated clusters' Kubernetes APIs answer under it. */
  kubernetesBaseUrl: string | undefined;

  constructor(
    world: ValidWorld,
    faults: Faults | undefined,
    /** Epoch milliseconds; replaceable so tests can move time without waiting. */
    readonly now: () => number = Date.now,
  ) {
    this.index = new WorldIndex(world);
    this.faults = new FaultEngine(faults ?? world.faults ?? {});
  }
}
