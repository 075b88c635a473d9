import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aLaunchTemplate, aLaunchTemplateVersion, aNodegroup, anAutoScalingGroup, anInventory, anOrganization, metadataDefaults } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { launchTemplateHopLimitRule } from './launch-template-hop-limit.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(launchTemplateHopLimitRule);
});

const hop2 = { httpTokens: 'required' as const, httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' as const };
const template = aLaunchTemplate({
  defaultVersionNumber: 1,
  latestVersionNumber: 3,
  versions: [
    aLaunchTemplateVersion({ versionNumber: 1, isDefault: true }),
    aLaunchTemplateVersion({ versionNumber: 2, isDefault: false, metadataOptions: hop2 }),
    aLaunchTemplateVersion({ versionNumber: 3, isDefault: false, metadataOptions: { httpTokens: 'required' } }),
  ],
});
const ref = (version: string) => ({ id: template.launchTemplateId, name: template.name, version });

test('fires on the version a node group launches from when it sets hop limit 2', () => {
  const nodegroup = aNodegroup({ launchTemplate: ref('2') });
  const inventory = anInventory({ ec2: { launchTemplates: [template] }, eks: { nodegroups: [nodegroup] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'ec2.launch-template.imds-hop-limit-above-one',
      severity: 'low',
      message: 'Launch template app-nodes version 2 launches EKS nodes with an IMDS hop limit of 2.',
      resource: { arn: template.arn, type: 'AWS::EC2::LaunchTemplate', name: 'app-nodes' },
      evidence: {
        version: 2,
        inheritsAccountDefaults: false,
        httpTokens: 'required',
        httpEndpoint: 'enabled',
        httpPutResponseHopLimit: 2,
        usedBy: [nodegroup.arn],
        instanceProfile: null,
        roleArn: null,
      },
      relatedResources: [nodegroup.arn],
      fingerprint: findingFingerprint('ec2.launch-template.imds-hop-limit-above-one', template.arn, '2'),
    },
  ]);
});

test("fires through a node group's Auto Scaling group on a version that inherits hop limit 2 from the account defaults", () => {
  const group = anAutoScalingGroup({ name: 'eks-app-nodes', launchTemplate: ref('$Latest') });
  const inventory = anInventory({
    ec2: { launchTemplates: [template], autoScalingGroups: [group], metadataDefaults: [metadataDefaults({ httpPutResponseHopLimit: 2 })] },
    eks: { nodegroups: [aNodegroup({ launchTemplate: undefined })] },
  });
  const findings = engine.evaluateAccount({ inventory, organization: anOrganization() });
  assert.deepEqual(findings.map((finding) => [finding.resource.name, finding.evidence.version, finding.evidence.inheritsAccountDefaults, finding.evidence.usedBy]), [
    ['app-nodes', 3, true, [group.arn]],
  ]);
});

test('does not fire on hop limit 1, on a template only a non-EKS group uses, or with the endpoint disabled', () => {
  const onDefault = aNodegroup({ launchTemplate: ref('$Default') });
  const plainGroup = anAutoScalingGroup({ name: 'batch', launchTemplate: ref('2') });
  const disabled = aLaunchTemplate({ launchTemplateId: 'lt-0disabled', versions: [aLaunchTemplateVersion({ metadataOptions: { ...hop2, httpEndpoint: 'disabled' } })] });
  const onDisabled = aNodegroup({ name: 'quiet', launchTemplate: { id: 'lt-0disabled', version: '1' } });
  const inventory = anInventory({
    ec2: { launchTemplates: [template, disabled], autoScalingGroups: [plainGroup] },
    eks: { nodegroups: [onDefault, onDisabled] },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
