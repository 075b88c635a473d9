import type { Rule } from '../../engine/rule';
import { IMDSV1_SETTINGS, allowsImdsV1, effectiveOptions, imdsExposure } from './imds-facts';
import { launchTemplateVersionFinding } from './launch-template-finding';
import { launchTemplateVersionsInUse } from './launch-template-versions';
import { READS, reads } from '../../engine/reads';

export const launchTemplateImdsV1Rule: Rule = {
  metadata: {
    id: 'ec2.launch-template.imdsv1-allowed',
    title: 'Launch template version in use allows IMDSv1',
    severity: 'medium',
    resourceType: 'AWS::EC2::LaunchTemplate',
    description:
      'A launch template version used by an Auto Scaling group, EKS node group or instance does not require IMDSv2 ' +
      '(itself or through the account defaults).',
    risk: 'Every instance launched from it answers IMDSv1, handing its instance role credentials to a single unauthenticated GET.',
    remediation:
      'Create a new version with MetadataOptions HttpTokens=required and HttpPutResponseHopLimit=1, make it the ' +
      'default, and roll the groups that use it.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-170',
    ],
    compliance: ['AWS Security Hub EC2.170', 'AWS Security Hub AutoScaling.5'],
    reads: { needs: reads(READS.launchTemplates, READS.imdsDefaults, READS.instances, READS.autoScalingGroups, READS.nodegroups), enriches: READS.roles },
  },
  evaluate(context) {
    const { inventory } = context;
    return launchTemplateVersionsInUse(inventory).flatMap(({ template, version, users }) => {
      const options = effectiveOptions(inventory, template.region, version.metadataOptions, IMDSV1_SETTINGS);
      if (options === undefined || !allowsImdsV1(options)) return [];
      const exposure = imdsExposure(context, version.instanceProfile?.arn ?? version.instanceProfile?.name, 'medium');
      const inherits = version.metadataOptions?.httpTokens === undefined;
      const message = `Launch template ${template.name} version ${version.versionNumber} allows IMDSv1${exposure.roleArn ? `; IMDS hands out ${exposure.roleArn}` : ''}.`;
      return [launchTemplateVersionFinding({ template, version, options, usedBy: users, exposure, inherits }, message)];
    });
  },
};
