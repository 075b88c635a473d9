import { type Caller, scannerCaller } from '../identity/caller';
import type { ValidWorld } from '../world/world.schema';
import { AccountState } from './account-state';

/** The world indexed for serving: accounts by id; everything inside an account is indexed when first used. */
export class WorldIndex {
  readonly accounts: AccountState[];
  readonly scanner: Caller;
  private readonly byId: Map<string, AccountState>;

  constructor(readonly world: ValidWorld) {
    const { managementAccountId, id } = world.organization;
    this.accounts = world.accounts.map((account) => new AccountState(account, managementAccountId, id));
    this.byId = new Map(this.accounts.map((account) => [account.id, account]));
    this.scanner = scannerCaller(world.scanner.principalArn, world.scanner.sessionName);
  }

  findAccount(id: string): AccountState | undefined {
    return this.byId.get(id);
  }

  get organization(): ValidWorld['organization'] {
    return this.world.organization;
  }
}
