import type { WorldAutoScalingGroup } from '../../world/autoscaling.schema';
import { paginate } from '../../paging/page';
import { serviceError } from '../../protocols/error-catalog';
import type { Filter } from '../../protocols/query-input';
import { stableUuid } from '../../util/stable-id';
import type { QueryHandler } from '../service';

function matchesFilters(group: WorldAutoScalingGroup, filters: Filter[]): boolean {
  return filters.every((filter) => {
    if (filter.Name === 'tag-key') return group.Tags.some((tag) => filter.Values.includes(tag.Key));
    if (filter.Name === 'tag-value') return group.Tags.some((tag) => filter.Values.includes(tag.Value));
    if (filter.Name.startsWith('tag:')) return group.Tags.some((tag) => tag.Key === filter.Name.slice(4) && filter.Values.includes(tag.Value));
    throw serviceError('autoscaling', 'validation', `Filter name '${filter.Name}' is invalid`);
  });
}

function servedGroup(group: WorldAutoScalingGroup, accountId: string, region: string) {
  const name = group.AutoScalingGroupName;
  const { Tags, ...rest } = group;
  return {
    ...rest,
    AutoScalingGroupARN: group.AutoScalingGroupARN ?? `arn:aws:autoscaling:${region}:${accountId}:autoScalingGroup:${stableUuid(accountId, region, name)}:autoScalingGroupName/${name}`,
    LoadBalancerNames: [],
    TargetGroupARNs: [],
    SuspendedProcesses: [],
    EnabledMetrics: [],
    Tags: Tags.map((tag) => ({ ResourceId: name, ResourceType: 'auto-scaling-group', ...tag })),
    TerminationPolicies: ['Default'],
    NewInstancesProtectedFromScaleIn: false,
    ServiceLinkedRoleARN: group.ServiceLinkedRoleARN ?? `arn:aws:iam::${accountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
  };
}

/** Groups by name or tag filters, paged by MaxRecords (default 50, at most 100). */
export const describeAutoScalingGroups: QueryHandler = ({ sim, account, region }, input) => {
  const index = account.region(region).autoscaling();
  const names = input.list('AutoScalingGroupNames');
  const filters = input.filters();
  const selected = names.length > 0 ? index.groups.filter((group) => names.includes(group.AutoScalingGroupName)) : index.groups;
  const matching = selected.filter((group) => matchesFilters(group, filters));
  const page = paginate(matching, {
    tokens: sim.pageTokens,
    scope: `autoscaling:DescribeAutoScalingGroups:${account.id}:${region}:${JSON.stringify([names, filters])}`,
    service: 'autoscaling',
    token: input.string('NextToken'),
    requested: input.int('MaxRecords'),
    defaultSize: 50,
    maxSize: 100,
    sizeParameter: 'MaxRecords',
  });
  return { AutoScalingGroups: page.items.map((group) => servedGroup(group, account.id, region)), NextToken: page.nextToken };
};
