import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '@rolecall/model';
import { findRule } from '@rolecall/rules';
import { presentFinding } from './scan.presenter';

const stored: Finding = {
  id: 'f1',
  scanId: 's1',
  fingerprint: 'fp',
  ruleId: 'iam.role.trust-public',
  severity: 'high',
  title: 'Role web can be assumed by anyone',
  message: 'The trust policy of web allows any principal.',
  accountId: '111111111111',
  region: 'global',
  resource: { arn: 'arn:aws:iam::111111111111:role/web', type: 'AWS::IAM::Role', name: 'web' },
  relatedResources: [],
  evidence: { principal: '*' },
  remediation: 'Restrict the trust policy to known principals.',
};

test("a presented finding carries its rule's risk and references from the catalog", () => {
  const rule = findRule(stored.ruleId);
  assert.ok(rule, `${stored.ruleId} is in the catalog`);
  const presented = presentFinding(stored);
  assert.equal(presented.risk, rule.metadata.risk);
  assert.ok(presented.risk.length > 20);
  assert.deepEqual(presented.references, rule.metadata.references);
  assert.ok(presented.references.every((url) => url.startsWith('https://')));
});

test('a finding of a rule no longer in the catalog is still presented, with an empty risk and no references', () => {
  const presented = presentFinding({ ...stored, ruleId: 'retired.rule' });
  assert.equal(presented.risk, '');
  assert.deepEqual(presented.references, []);
});
