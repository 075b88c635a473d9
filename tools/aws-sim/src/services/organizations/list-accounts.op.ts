import { z } from 'zod';
import { paginate } from '../../paging/page';
import { parseJsonInput } from '../../protocols/json-input';
import { serviceError } from '../../protocols/error-catalog';
import type { JsonHandler } from '../service';
import { accountEmail } from './account-email';

const inputSchema = z.object({ NextToken: z.string().optional(), MaxResults: z.number().int().optional() });

/** Only the management account may list the organization's accounts (20 per page at most, as AWS). */
export const listAccounts: JsonHandler = ({ sim, caller, account, region }, body) => {
  const input = parseJsonInput(inputSchema, body, 'organizations');
  if (account.id !== sim.index.organization.managementAccountId) {
    throw serviceError('organizations', 'accessDenied', 'You don\'t have permissions to access this resource.');
  }
  const page = paginate(sim.index.accounts, {
    tokens: sim.pageTokens,
    scope: `organizations:ListAccounts:${caller.accountId}:${region}`,
    service: 'organizations',
    token: input.NextToken,
    requested: input.MaxResults,
    defaultSize: 20,
    maxSize: 20,
    sizeParameter: 'MaxResults',
  });
  return {
    Accounts: page.items.map(({ account: a, arn }) => ({
      Id: a.id,
      Arn: arn,
      Email: accountEmail(a),
      Name: a.name,
      Status: a.status,
      State: a.status === 'ACTIVE' ? 'ACTIVE' : a.status === 'SUSPENDED' ? 'SUSPENDED' : 'PENDING_CLOSURE',
      JoinedMethod: a.joinedMethod,
      JoinedTimestamp: Date.parse(a.joinedTimestamp) / 1000,
    })),
    NextToken: page.nextToken,
  };
};
