import type { AccountInventory } from '@rolecall/model';

/** Whether collection of a service fell short in a region (IAM gaps are in region "global"): the rule then says nothing there. */
export function hasGap(inventory: AccountInventory, service: string, region?: string): boolean {
  return inventory.gaps.some((gap) => gap.service === service && (region === undefined || gap.region === region));
}
