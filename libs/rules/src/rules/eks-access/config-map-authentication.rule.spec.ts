import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { evaluateClusters } from './cluster-settings.spec-helpers';
import { configMapAuthenticationRule } from './config-map-authentication.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(configMapAuthenticationRule);
});

test('fires on CONFIG_MAP authentication', () => {
  const { clusters, findings } = evaluateClusters(engine, { authenticationMode: 'CONFIG_MAP' });
  const arn = clusters[0]?.arn ?? '';
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'eks.cluster.config-map-authentication',
      severity: 'medium',
      message: 'Cluster c0 uses the CONFIG_MAP authentication mode.',
      resource: { arn, type: 'AWS::EKS::Cluster', name: 'c0' },
      evidence: { authenticationMode: 'CONFIG_MAP' },
      relatedResources: [],
      fingerprint: findingFingerprint('eks.cluster.config-map-authentication', arn),
    },
  ]);
});

test('does not fire on API or API_AND_CONFIG_MAP', () => {
  assert.deepEqual(evaluateClusters(engine, { authenticationMode: 'API' }, { authenticationMode: 'API_AND_CONFIG_MAP' }).findings, []);
});
