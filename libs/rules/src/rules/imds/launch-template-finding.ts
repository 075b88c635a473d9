import type { LaunchTemplate, LaunchTemplateVersion, MetadataOptions } from '@rolecall/model';
import type { RuleHit } from '../../engine/rule';
import { optionsEvidence, type Exposure } from './imds-facts';

/** A finding on one launch template version: its effective options, what uses it and the role IMDS hands out. */
export function launchTemplateVersionFinding(
  { template, version, options, usedBy, exposure, inherits }: {
    template: LaunchTemplate;
    version: LaunchTemplateVersion;
    options: MetadataOptions;
    usedBy: string[];
    exposure: Exposure;
    /** The setting the finding is about comes from the account defaults, not the version. */
    inherits: boolean;
  },
  message: string,
): RuleHit {
  return {
    region: template.region,
    resource: { arn: template.arn, type: 'AWS::EC2::LaunchTemplate', name: template.name },
    key: String(version.versionNumber),
    severity: exposure.severity,
    message,
    evidence: { version: version.versionNumber, inheritsAccountDefaults: inherits, ...optionsEvidence(options), usedBy, ...exposure.evidence },
    relatedResources: [...usedBy, ...(exposure.roleArn ? [exposure.roleArn] : [])],
  };
}
