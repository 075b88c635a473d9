import { paginate } from '../../paging/page';
import { serviceError } from '../../protocols/error-catalog';
import type { XmlRaw } from '../../wire/xml-writer';
import type { QueryHandler } from '../service';
import { policyDetailXml, roleDetailXml } from './iam-xml';

const FILTERS = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'];

interface Entry {
  list: 'RoleDetailList' | 'Policies';
  xml: () => XmlRaw;
}

/**
 * Roles, then customer managed policies, then the AWS managed policies in use (with their default version),
 * paged together by MaxItems (default 100, at most 1000) and Marker. The world has no IAM users or groups.
 */
export const getAccountAuthorizationDetails: QueryHandler = ({ sim, account, region }, input) => {
  const filters = input.list('Filter');
  const unknown = filters.find((filter) => !FILTERS.includes(filter));
  if (unknown) throw serviceError('iam', 'validation', `1 validation error detected: Value '[${unknown}]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${FILTERS.join(', ')}]]`);
  const wants = (filter: string) => filters.length === 0 || filters.includes(filter);
  const iam = account.iam();
  const entries: Entry[] = [];
  if (wants('Role')) for (const role of iam.roles) entries.push({ list: 'RoleDetailList', xml: () => roleDetailXml(role, account.id) });
  if (wants('LocalManagedPolicy')) for (const policy of iam.localPolicies) entries.push({ list: 'Policies', xml: () => policyDetailXml(policy) });
  if (wants('AWSManagedPolicy')) for (const policy of iam.awsPolicies) entries.push({ list: 'Policies', xml: () => policyDetailXml(policy) });
  const page = paginate(entries, {
    tokens: sim.pageTokens,
    scope: `iam:GetAccountAuthorizationDetails:${account.id}:${region}:${[...filters].sort().join(',')}`,
    service: 'iam',
    token: input.string('Marker'),
    requested: input.int('MaxItems'),
    defaultSize: 100,
    maxSize: 1000,
    sizeParameter: 'MaxItems',
  });
  const pick = (list: Entry['list']) => page.items.filter((entry) => entry.list === list).map((entry) => entry.xml());
  return {
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: pick('RoleDetailList'),
    Policies: pick('Policies'),
    IsTruncated: page.nextToken !== undefined,
    Marker: page.nextToken,
  };
};
