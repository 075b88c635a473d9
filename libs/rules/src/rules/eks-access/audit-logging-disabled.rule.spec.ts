import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { auditLoggingDisabledRule } from './audit-logging-disabled.rule';
import { evaluateClusters } from './cluster-settings.spec-helpers';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(auditLoggingDisabledRule);
});

test('fires when audit is not among the enabled log types', () => {
  const { clusters, findings } = evaluateClusters(engine, { enabledLogTypes: ['api'] });
  const arn = clusters[0]?.arn ?? '';
  assert.deepEqual(decided(findings), [
    {
      ruleId: 'eks.cluster.audit-logging-disabled',
      severity: 'medium',
      message: 'Cluster c0 does not log audit events.',
      resource: { arn, type: 'AWS::EKS::Cluster', name: 'c0' },
      evidence: { enabledLogTypes: ['api'] },
      relatedResources: [],
      fingerprint: findingFingerprint('eks.cluster.audit-logging-disabled', arn),
    },
  ]);
});

test('does not fire when audit logging is on', () => {
  assert.deepEqual(evaluateClusters(engine, { enabledLogTypes: ['audit'] }).findings, []);
});
