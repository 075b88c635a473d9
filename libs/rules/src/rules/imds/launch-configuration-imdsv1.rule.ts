import type { Rule } from '../../engine/rule';
import { IMDSV1_SETTINGS, allowsImdsV1, effectiveOptions, imdsExposure, optionsEvidence } from './imds-facts';
import { READS, reads } from '../../engine/reads';

export const launchConfigurationImdsV1Rule: Rule = {
  metadata: {
    id: 'autoscaling.launch-configuration.imdsv1-allowed',
    title: 'Auto Scaling launch configuration allows IMDSv1',
    severity: 'medium',
    resourceType: 'AWS::AutoScaling::LaunchConfiguration',
    description: 'A launch configuration does not require IMDSv2, so every instance the group launches answers IMDSv1.',
    risk: 'Each instance launched from it hands its instance role credentials to a single unauthenticated GET (SSRF).',
    remediation:
      'Migrate the Auto Scaling group to a launch template with MetadataOptions HttpTokens=required (launch ' +
      'configurations cannot be edited).',
    references: [
      'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3',
    ],
    compliance: ['AWS Security Hub AutoScaling.3', 'AWS Security Hub AutoScaling.5'],
    reads: { needs: reads(READS.launchConfigurations, READS.autoScalingGroups, READS.imdsDefaults), enriches: READS.roles },
  },
  evaluate(context) {
    const { inventory } = context;
    return inventory.ec2.launchConfigurations.flatMap((config) => {
      const options = effectiveOptions(inventory, config.region, config.metadataOptions, IMDSV1_SETTINGS);
      if (options === undefined || !allowsImdsV1(options)) return [];
      const exposure = imdsExposure(context, config.instanceProfile, 'medium');
      const groups = inventory.ec2.autoScalingGroups.filter((group) => group.launchConfigurationName === config.name);
      return [
        {
          region: config.region,
          resource: { arn: config.arn, type: 'AWS::AutoScaling::LaunchConfiguration', name: config.name },
          severity: exposure.severity,
          message: `Launch configuration ${config.name} allows IMDSv1${exposure.roleArn ? `; IMDS hands out ${exposure.roleArn}` : ''}.`,
          evidence: { ...optionsEvidence(options), autoScalingGroups: groups.map((group) => group.name), ...exposure.evidence },
          relatedResources: [...groups.map((group) => group.arn), ...(exposure.roleArn ? [exposure.roleArn] : [])],
        },
      ];
    });
  },
};
