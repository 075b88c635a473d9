import type { WorldLaunchTemplate } from '../../world/ec2.schema';
import { paginate } from '../../paging/page';
import { SimError } from '../../protocols/sim-error';
import type { QueryHandler } from '../service';
import { applyFilters } from './ec2-filters';

export function latestVersion(template: WorldLaunchTemplate): number {
  return Math.max(...template.Versions.map((version) => version.VersionNumber));
}

/** Launch templates by id, name or filters, paged by MaxResults (1-200). */
export const describeLaunchTemplates: QueryHandler = ({ sim, account, region }, input) => {
  const ec2 = account.region(region).ec2();
  const ids = input.list('LaunchTemplateId');
  const names = input.list('LaunchTemplateName');
  if (ids.some((id) => !ec2.findTemplateById(id))) {
    throw new SimError('InvalidLaunchTemplateId.NotFound', 'At least one of the launch templates specified in the request does not exist.', 400);
  }
  if (names.some((name) => !ec2.findTemplateByName(name))) {
    throw new SimError('InvalidLaunchTemplateName.NotFoundException', 'At least one of the launch templates specified in the request does not exist.', 400);
  }
  const selected =
    ids.length + names.length > 0
      ? ec2.launchTemplates.filter((lt) => ids.includes(lt.LaunchTemplateId) || names.includes(lt.LaunchTemplateName))
      : ec2.launchTemplates;
  const filters = input.filters();
  const matching = applyFilters(selected, filters, {
    'launch-template-name': (lt) => lt.LaunchTemplateName,
    'create-time': (lt) => lt.CreateTime,
  });
  const page = paginate(matching, {
    tokens: sim.pageTokens,
    scope: `ec2:DescribeLaunchTemplates:${account.id}:${region}:${JSON.stringify([ids, names, filters])}`,
    service: 'ec2',
    token: input.string('NextToken'),
    requested: input.int('MaxResults'),
    defaultSize: 200,
    maxSize: 200,
    sizeParameter: 'MaxResults',
  });
  return {
    LaunchTemplates: page.items.map((lt) => ({
      LaunchTemplateId: lt.LaunchTemplateId,
      LaunchTemplateName: lt.LaunchTemplateName,
      CreateTime: lt.CreateTime,
      CreatedBy: lt.CreatedBy,
      DefaultVersionNumber: lt.DefaultVersionNumber,
      LatestVersionNumber: latestVersion(lt),
      Tags: lt.Tags,
    })),
    NextToken: page.nextToken,
  };
};
