import type { JsonService } from '../service';
import { describeOrganization } from './describe-organization.op';
import { listAccounts } from './list-accounts.op';

export const organizationsService: JsonService = {
  name: 'organizations',
  protocol: 'json',
  global: true,
  targetPrefix: 'AWSOrganizationsV20161128',
  messageKey: 'Message',
  operations: { DescribeOrganization: describeOrganization, ListAccounts: listAccounts },
};
