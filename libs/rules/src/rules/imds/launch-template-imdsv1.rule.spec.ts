import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aLaunchTemplate, aLaunchTemplateVersion, anAutoScalingGroup, anInventory, anOrganization, metadataDefaults } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { launchTemplateImdsV1Rule } from './launch-template-imdsv1.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(launchTemplateImdsV1Rule);
});

const template = aLaunchTemplate({
  defaultVersionNumber: 1,
  latestVersionNumber: 2,
  versions: [
    aLaunchTemplateVersion({ versionNumber: 1, isDefault: true }),
    aLaunchTemplateVersion({ versionNumber: 2, isDefault: false, metadataOptions: undefined }),
  ],
});

test('fires on the version in use that inherits IMDSv1 from the account defaults', () => {
  const group = anAutoScalingGroup({ launchTemplate: { id: template.launchTemplateId, version: '$Latest' } });
  const inventory = anInventory({ ec2: { launchTemplates: [template], autoScalingGroups: [group], metadataDefaults: [metadataDefaults({})] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'ec2.launch-template.imdsv1-allowed',
      severity: 'low',
      message: 'Launch template app-nodes version 2 allows IMDSv1.',
      resource: { arn: template.arn, type: 'AWS::EC2::LaunchTemplate', name: 'app-nodes' },
      evidence: {
        version: 2,
        inheritsAccountDefaults: true,
        httpTokens: null,
        httpEndpoint: null,
        httpPutResponseHopLimit: null,
        usedBy: [group.arn],
        instanceProfile: null,
        roleArn: null,
      },
      relatedResources: [group.arn],
      fingerprint: findingFingerprint('ec2.launch-template.imdsv1-allowed', template.arn, '2'),
    },
  ]);
});

test('does not fire on the IMDSv2 default version, on an unused version, or when account defaults require tokens', () => {
  const onDefault = anAutoScalingGroup({ launchTemplate: { id: template.launchTemplateId, version: '$Default' } });
  assert.deepEqual(engine.evaluateAccount({ inventory: anInventory({ ec2: { launchTemplates: [template], autoScalingGroups: [onDefault] } }), organization: anOrganization() }), []);
  const onLatest = anAutoScalingGroup({ launchTemplate: { id: template.launchTemplateId, version: '2' } });
  const required = anInventory({
    ec2: { launchTemplates: [template], autoScalingGroups: [onLatest], metadataDefaults: [metadataDefaults({ httpTokens: 'required' })] },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory: required, organization: anOrganization() }), []);
});

test('a version that inherits is undecided when the account defaults could not be read: not assessed, never a guess', () => {
  const group = anAutoScalingGroup({ launchTemplate: { id: template.launchTemplateId, version: '$Latest' } });
  const explicit = aLaunchTemplate({
    launchTemplateId: 'lt-0explicit',
    name: 'explicit',
    versions: [aLaunchTemplateVersion({ versionNumber: 1, isDefault: true, metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } })],
  });
  const onExplicit = anAutoScalingGroup({ name: 'explicit-group', launchTemplate: { id: 'lt-0explicit', version: '$Default' } });
  const gap = { service: 'ec2', operation: 'GetInstanceMetadataDefaults', region: 'us-east-1', errorCode: 'UnauthorizedOperation' };
  const inventory = anInventory({ ec2: { launchTemplates: [template, explicit], autoScalingGroups: [group, onExplicit] }, gaps: [gap] });
  const { findings, notAssessed } = engine.assessAccount({ inventory, organization: anOrganization() });
  assert.deepEqual(findings.map((finding) => [finding.resource.name, finding.evidence.unread]), [
    ['explicit', [{ service: 'ec2', operation: 'GetInstanceMetadataDefaults', errorCode: 'UnauthorizedOperation' }]],
  ]);
  assert.deepEqual(notAssessed, [
    {
      ruleId: 'ec2.launch-template.imdsv1-allowed',
      accountId: inventory.accountId,
      region: 'us-east-1',
      resource: null,
      missing: [{ service: 'ec2', operation: 'GetInstanceMetadataDefaults', errorCode: 'UnauthorizedOperation' }],
    },
  ]);
});
