import type { WorldLaunchTemplate } from '../../world/ec2.schema';
import { paginate } from '../../paging/page';
import { SimError } from '../../protocols/sim-error';
import type { QueryHandler } from '../service';
import { latestVersion } from './describe-launch-templates.op';

type Version = WorldLaunchTemplate['Versions'][number];

/** Resolves $Latest, $Default and version numbers; an unknown version fails as EC2 fails it. */
function resolveVersion(template: WorldLaunchTemplate, requested: string): Version {
  const number = requested === '$Latest' ? latestVersion(template) : requested === '$Default' ? template.DefaultVersionNumber : Number(requested);
  const version = template.Versions.find((v) => v.VersionNumber === number);
  if (!version) {
    throw new SimError('InvalidLaunchTemplateId.VersionNotFound', `Could not find launch template version ${requested} for launch template ${template.LaunchTemplateId}`, 400);
  }
  return version;
}

/**
 * Versions of one template (by id or name): the versions asked for, or all of them within MinVersion/MaxVersion.
 * Without a template, only $Latest / $Default are allowed and apply to every template, as in EC2.
 */
export const describeLaunchTemplateVersions: QueryHandler = ({ sim, account, region }, input) => {
  const ec2 = account.region(region).ec2();
  const id = input.string('LaunchTemplateId');
  const name = input.string('LaunchTemplateName');
  const requested = input.list('LaunchTemplateVersion');
  let templates: WorldLaunchTemplate[];
  if (id || name) {
    const template = id ? ec2.findTemplateById(id) : ec2.findTemplateByName(name as string);
    if (!template) {
      throw id
        ? new SimError('InvalidLaunchTemplateId.NotFound', `The specified launch template, with template ID ${id}, does not exist.`, 400)
        : new SimError('InvalidLaunchTemplateName.NotFoundException', `The specified launch template, with template name ${name}, does not exist.`, 400);
    }
    templates = [template];
  } else {
    if (requested.length === 0 || requested.some((v) => v !== '$Latest' && v !== '$Default')) {
      throw new SimError('MissingParameter', 'The request must contain the parameter LaunchTemplateId or LaunchTemplateName', 400);
    }
    templates = ec2.launchTemplates;
  }
  const min = input.int('MinVersion') ?? 1;
  const max = input.int('MaxVersion') ?? Number.MAX_SAFE_INTEGER;
  const entries = templates.flatMap((template) => {
    const versions = requested.length > 0 ? requested.map((v) => resolveVersion(template, v)) : template.Versions.filter((v) => v.VersionNumber >= min && v.VersionNumber <= max);
    return versions.map((version) => ({
      LaunchTemplateId: template.LaunchTemplateId,
      LaunchTemplateName: template.LaunchTemplateName,
      VersionNumber: version.VersionNumber,
      VersionDescription: version.VersionDescription,
      CreateTime: version.CreateTime,
      CreatedBy: version.CreatedBy,
      DefaultVersion: version.VersionNumber === template.DefaultVersionNumber,
      LaunchTemplateData: version.LaunchTemplateData,
    }));
  });
  const page = paginate(entries, {
    tokens: sim.pageTokens,
    scope: `ec2:DescribeLaunchTemplateVersions:${account.id}:${region}:${JSON.stringify([id, name, requested, min, max])}`,
    service: 'ec2',
    token: input.string('NextToken'),
    requested: input.int('MaxResults'),
    defaultSize: 200,
    maxSize: 200,
    sizeParameter: 'MaxResults',
  });
  return { LaunchTemplateVersions: page.items, NextToken: page.nextToken };
};
