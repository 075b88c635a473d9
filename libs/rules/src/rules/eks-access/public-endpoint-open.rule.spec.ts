import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { evaluateClusters } from './cluster-settings.spec-helpers';
import { publicEndpointOpenRule } from './public-endpoint-open.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(publicEndpointOpenRule);
});

test('fires on a public endpoint open to 0.0.0.0/0', () => {
  const { clusters, findings } = evaluateClusters(engine, { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] });
  const arn = clusters[0]?.arn ?? '';
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'eks.cluster.public-endpoint-open',
      severity: 'high',
      message: 'The API endpoint of cluster c0 is public to 0.0.0.0/0.',
      resource: { arn, type: 'AWS::EKS::Cluster', name: 'c0' },
      evidence: { endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
      relatedResources: [],
      fingerprint: findingFingerprint('eks.cluster.public-endpoint-open', arn),
    },
  ]);
});

test('does not fire on a private endpoint or a public one restricted to known ranges', () => {
  const { findings } = evaluateClusters(engine, {}, { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] });
  assert.deepEqual(findings, []);
});
