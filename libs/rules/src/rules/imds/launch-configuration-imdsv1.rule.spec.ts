import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aLaunchConfiguration, anAutoScalingGroup, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { launchConfigurationImdsV1Rule } from './launch-configuration-imdsv1.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(launchConfigurationImdsV1Rule);
});

test('fires on a launch configuration with HttpTokens optional, naming its groups', () => {
  const config = aLaunchConfiguration({ metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' } });
  const group = anAutoScalingGroup({ launchTemplate: undefined, launchConfigurationName: config.name });
  const inventory = anInventory({ ec2: { launchConfigurations: [config], autoScalingGroups: [group] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'autoscaling.launch-configuration.imdsv1-allowed',
      severity: 'low',
      message: 'Launch configuration app-nodes-lc allows IMDSv1.',
      resource: { arn: config.arn, type: 'AWS::AutoScaling::LaunchConfiguration', name: 'app-nodes-lc' },
      evidence: {
        httpTokens: 'optional',
        httpEndpoint: 'enabled',
        httpPutResponseHopLimit: 2,
        autoScalingGroups: ['app-nodes'],
        instanceProfile: null,
        roleArn: null,
      },
      relatedResources: [group.arn],
      fingerprint: findingFingerprint('autoscaling.launch-configuration.imdsv1-allowed', config.arn),
    },
  ]);
});

test('does not fire when IMDSv2 is required', () => {
  const inventory = anInventory({ ec2: { launchConfigurations: [aLaunchConfiguration()] } });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
