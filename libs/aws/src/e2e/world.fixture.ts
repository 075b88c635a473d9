// The end-to-end test world (type-only import: nothing of the simulator reaches the library).
import type { World } from '@rolecall/aws-sim';
import { prodAccount } from './prod-account.fixture';
import { CREATED, SCANNER_ARN, plainAccount } from './world-parts.fixture';

/** Four ACTIVE accounts (one without the member role) and a suspended one, over several regions. */
export function testWorld(): World {
  return {
    organization: { id: 'o-rolecalltest1', managementAccountId: '111111111111' },
    scanner: { principalArn: SCANNER_ARN },
    accounts: [
      plainAccount('111111111111', 'management', ['us-east-1']),
      prodAccount(),
      plainAccount('333333333333', 'sandbox', ['us-east-1', 'ap-southeast-2'], 3),
      { ...plainAccount('444444444444', 'closed', ['us-east-1']), status: 'SUSPENDED' },
      { id: '555555555555', name: 'no-audit-role', joinedTimestamp: CREATED, regions: ['us-east-1'] },
    ],
  };
}
