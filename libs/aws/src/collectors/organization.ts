import type { OrganizationContext } from '@rolecall/model';
import { organizationContextSchema } from '@rolecall/model';
import type { AwsContext } from '../aws-context';
import { paginate } from '../collection';
import { AwsCallError } from '../errors';
import { openDiscoverySession } from '../sessions';
import { compact } from '../transforms/shared';

/** Organization discovery failed: the message names the call and AWS's code. */
export class OrganizationDiscoveryError extends Error {
  override readonly name = 'OrganizationDiscoveryError';

  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function accountIsActive(account: { State?: string; Status?: string }): boolean {
  return (account.State ?? account.Status) === 'ACTIVE';
}

/** Every ACTIVE account of the organization with its name: also what "inside the organization" means to the rules. */
export async function discoverOrganization(ctx: AwsContext): Promise<OrganizationContext> {
  const session = openDiscoverySession(ctx);
  try {
    const [{ Organization }, accounts] = await Promise.all([
      session.call('organizations', 'DescribeOrganization', {}),
      paginate(async (NextToken) => {
        const page = await session.call('organizations', 'ListAccounts', { NextToken, MaxResults: 20 });
        return { items: page.Accounts, next: page.NextToken };
      }),
    ]);
    const active = accounts.filter(accountIsActive).map((account) => compact({ id: account.Id ?? '', name: account.Name }));
    ctx.logger?.info({ accounts: active.length, calls: session.calls }, 'organization discovered');
    return organizationContextSchema.parse({ organizationId: Organization?.Id, accounts: active });
  } catch (error) {
    if (!(error instanceof AwsCallError)) throw error;
    const where = `${error.service}:${error.operation}`;
    throw new OrganizationDiscoveryError(error.code, `${where} failed: ${error.code}: ${error.message}`);
  } finally {
    session.close();
  }
}
