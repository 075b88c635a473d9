import type { WorldAccount } from '../../world/world.schema';

export function accountEmail(account: WorldAccount): string {
  return account.email ?? `aws+${account.id}@example.com`;
}
