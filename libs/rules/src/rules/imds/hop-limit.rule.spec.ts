import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aContainerInstance, aTaskDefinition, anEcsTask, anInstance, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { hopLimitRule } from './hop-limit.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(hopLimitRule);
});

const hop2 = { httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' };

test('fires on an EKS node with hop limit 2', () => {
  const node = anInstance({ instanceId: 'i-node', instanceProfileArn: undefined, metadataOptions: hop2, tags: { 'eks:cluster-name': 'app-eks' } });
  const inventory = anInventory({ ec2: { instances: [node] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'ec2.instance.imds-hop-limit-above-one',
      severity: 'low',
      message: 'Instance i-node hosts pods with an IMDS hop limit of 2.',
      resource: { arn: node.arn, type: 'AWS::EC2::Instance', name: 'i-node' },
      evidence: { hosts: 'pods', httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2, instanceProfile: null, roleArn: null },
      relatedResources: [],
      fingerprint: findingFingerprint('ec2.instance.imds-hop-limit-above-one', node.arn),
    },
  ]);
});

test('fires on a bridge-mode ECS host, not on an awsvpc-only host, a plain instance or hop limit 1', () => {
  const bridgeHost = anInstance({ instanceId: 'i-bridge', metadataOptions: hop2 });
  const awsvpcHost = anInstance({ instanceId: 'i-awsvpc', metadataOptions: hop2 });
  const bridge = aTaskDefinition({ family: 'bridge', networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
  const awsvpc = aTaskDefinition({ family: 'awsvpc', requiresCompatibilities: ['EC2'] });
  const ci = (id: string) => aContainerInstance({ arn: `arn:aws:ecs:us-east-1:111122223333:container-instance/app-cluster/${id}`, ec2InstanceId: id });
  const inventory = anInventory({
    ec2: {
      instances: [
        bridgeHost,
        awsvpcHost,
        anInstance({ instanceId: 'i-plain', metadataOptions: hop2 }),
        anInstance({ instanceId: 'i-hop1', tags: { 'eks:cluster-name': 'app-eks' } }),
      ],
    },
    ecs: {
      taskDefinitions: [bridge, awsvpc],
      containerInstances: [ci('i-bridge'), ci('i-awsvpc')],
      tasks: [
        anEcsTask({ arn: 'arn:aws:ecs:us-east-1:111122223333:task/app-cluster/1', taskDefinitionArn: bridge.arn, launchType: 'EC2', containerInstanceArn: ci('i-bridge').arn }),
        anEcsTask({ arn: 'arn:aws:ecs:us-east-1:111122223333:task/app-cluster/2', taskDefinitionArn: awsvpc.arn, launchType: 'EC2', containerInstanceArn: ci('i-awsvpc').arn }),
      ],
    },
  });
  const findings = engine.evaluateAccount({ inventory, organization: anOrganization() });
  assert.deepEqual(findings.map((finding) => [finding.resource.name, finding.evidence.hosts]), [['i-bridge', 'bridge-mode tasks']]);
});
