import type { AccountInventory, OrganizationContext } from '@rolecall/model';
import { RoleAnalyzer } from '../engine/role-analyzer';
import type { ActionCatalog } from '../policy';
import { summarizeAccount, type AccountIdentitySummary } from './account-summary';

/** Summaries of several inventories, as each account job would compute them. */
export function summariesOf(inventories: AccountInventory[], organization: OrganizationContext, catalog: ActionCatalog): AccountIdentitySummary[] {
  return inventories.map((inventory) =>
    summarizeAccount({ inventory, organization, roles: new RoleAnalyzer(inventory, organization, catalog) }),
  );
}
