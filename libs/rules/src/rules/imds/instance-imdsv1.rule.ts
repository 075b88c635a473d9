import type { Rule } from '../../engine/rule';
import { allowsImdsV1, imdsExposure, instanceOptionsEvidence } from './imds-facts';
import { READS } from '../../engine/reads';

const GONE = new Set(['terminated', 'shutting-down']);

export const instanceImdsV1Rule: Rule = {
  metadata: {
    id: 'ec2.instance.imdsv1-allowed',
    title: 'EC2 instance allows IMDSv1',
    severity: 'medium',
    resourceType: 'AWS::EC2::Instance',
    description:
      'The instance metadata service answers version 1 requests (HttpTokens optional). Severity rises with what ' +
      'the instance role behind IMDS can do.',
    risk:
      'IMDSv1 answers a single unauthenticated GET: a server-side request forgery or an open proxy in any workload ' +
      'on the host returns the instance role credentials.',
    remediation:
      'Require IMDSv2: aws ec2 modify-instance-metadata-options --http-tokens required (and set it in the launch ' +
      'template so replacements keep it).',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
    ],
    compliance: ['AWS Security Hub EC2.8'],
    reads: { needs: READS.instances, enriches: READS.roles },
  },
  evaluate(context) {
    const { inventory } = context;
    return inventory.ec2.instances.flatMap((instance) => {
      if (GONE.has(instance.state) || !allowsImdsV1(instance.metadataOptions)) return [];
      const exposure = imdsExposure(context, instance.instanceProfileArn, 'medium');
      return [
        {
          region: instance.region,
          resource: { arn: instance.arn, type: 'AWS::EC2::Instance', name: instance.instanceId },
          severity: exposure.severity,
          message: `Instance ${instance.instanceId} allows IMDSv1${exposure.roleArn ? `; IMDS hands out ${exposure.roleArn}` : ''}.`,
          evidence: { ...instanceOptionsEvidence(inventory, instance.region, instance.metadataOptions), ...exposure.evidence },
          relatedResources: exposure.roleArn ? [exposure.roleArn] : [],
        },
      ];
    });
  },
};
