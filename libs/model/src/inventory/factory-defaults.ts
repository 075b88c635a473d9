export const TEST_ACCOUNT_ID = '111122223333';
export const TEST_REGION = 'us-east-1';

/** The account and region a factory builds in: the overrides' or the test defaults. */
export function factoryPlace(overrides: { accountId?: string; region?: string }): { accountId: string; region: string } {
  return { accountId: overrides.accountId ?? TEST_ACCOUNT_ID, region: overrides.region ?? TEST_REGION };
}
