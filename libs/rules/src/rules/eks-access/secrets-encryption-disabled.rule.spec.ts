import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { evaluateClusters } from './cluster-settings.spec-helpers';
import { secretsEncryptionDisabledRule } from './secrets-encryption-disabled.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(secretsEncryptionDisabledRule);
});

test('fires when no encryption config covers secrets', () => {
  const { clusters, findings } = evaluateClusters(engine, { encryption: [] });
  const arn = clusters[0]?.arn ?? '';
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'eks.cluster.secrets-encryption-disabled',
      severity: 'medium',
      message: 'Cluster c0 does not encrypt secrets with a KMS key.',
      resource: { arn, type: 'AWS::EKS::Cluster', name: 'c0' },
      evidence: { secretsEncryption: false },
      relatedResources: [],
      fingerprint: findingFingerprint('eks.cluster.secrets-encryption-disabled', arn),
    },
  ]);
});

test('does not fire when secrets are encrypted with a KMS key', () => {
  assert.deepEqual(evaluateClusters(engine, {}).findings, []);
});
