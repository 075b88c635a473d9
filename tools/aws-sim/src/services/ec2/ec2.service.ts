import type { Ec2Service } from '../service';
import { describeInstances } from './describe-instances.op';
import { describeLaunchTemplateVersions } from './describe-launch-template-versions.op';
import { describeLaunchTemplates } from './describe-launch-templates.op';
import { describeRegions } from './describe-regions.op';
import { getInstanceMetadataDefaults } from './get-instance-metadata-defaults.op';

export const ec2Service: Ec2Service = {
  name: 'ec2',
  protocol: 'ec2',
  global: false,
  xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  operations: {
    DescribeRegions: describeRegions,
    DescribeInstances: describeInstances,
    DescribeLaunchTemplates: describeLaunchTemplates,
    DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
    GetInstanceMetadataDefaults: getInstanceMetadataDefaults,
  },
};
