import { memo } from '../util/memo';
import type { WorldAccount } from '../world/world.schema';
import { IamIndex } from './iam-index';
import { RegionState } from './region-state';

/** One account of the world: its organization ARN, enabled regions, and lazily built IAM and regional indexes. */
export class AccountState {
  readonly id: string;
  readonly arn: string;
  readonly iam: () => IamIndex;
  private readonly enabled: Set<string>;
  private readonly regions = new Map<string, RegionState>();

  constructor(readonly account: WorldAccount, managementAccountId: string, organizationId: string) {
    this.id = account.id;
    this.arn = `arn:aws:organizations::${managementAccountId}:account/${organizationId}/${account.id}`;
    this.enabled = new Set(account.regions);
    this.iam = memo(() => new IamIndex(account.id, account.iam));
  }

  regionEnabled(region: string): boolean {
    return this.enabled.has(region);
  }

  region(name: string): RegionState {
    let state = this.regions.get(name);
    if (!state) {
      state = new RegionState(this.id, name, this.account.regional[name]);
      this.regions.set(name, state);
    }
    return state;
  }
}
