import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSuppression, type SuppressionRule } from './suppression-match';

const NOW = new Date('2026-06-01T00:00:00Z');
const finding = { ruleId: 'ecs.container.privileged', accountId: '111111111111', resource: { arn: 'arn:aws:ecs:us-east-1:111111111111:task-definition/web:3' } };

function rule(overrides: Partial<SuppressionRule>): SuppressionRule {
  return { id: 's', ruleId: null, resourcePattern: null, accountId: null, expiresAt: null, ...overrides };
}

test('matches on rule, ARN glob and account together', () => {
  assert.ok(matchSuppression(finding, [rule({ ruleId: 'ecs.container.privileged' })], NOW));
  assert.ok(matchSuppression(finding, [rule({ resourcePattern: 'arn:aws:ecs:*:111111111111:task-definition/web:?' })], NOW));
  assert.ok(matchSuppression(finding, [rule({ ruleId: 'ecs.container.privileged', accountId: '111111111111' })], NOW));
  assert.equal(matchSuppression(finding, [rule({ ruleId: 'other' })], NOW), undefined);
  assert.equal(matchSuppression(finding, [rule({ ruleId: 'ecs.container.privileged', accountId: '222222222222' })], NOW), undefined);
  assert.equal(matchSuppression(finding, [rule({ resourcePattern: 'arn:aws:ecs:*:*:task-definition/api*' })], NOW), undefined);
  assert.equal(matchSuppression(finding, [rule({ resourcePattern: 'arn:aws:ecs.us-east-1*' })], NOW), undefined);
  assert.equal(matchSuppression(finding, [rule({ accountId: '111111111111' })], NOW), undefined);
});

test('an expired suppression stops applying by itself', () => {
  const expired = rule({ id: 'old', ruleId: 'ecs.container.privileged', expiresAt: new Date('2026-05-31T23:59:59Z') });
  const active = rule({ id: 'new', ruleId: 'ecs.container.privileged', expiresAt: new Date('2026-06-01T00:00:01Z') });
  assert.equal(matchSuppression(finding, [expired], NOW), undefined);
  assert.equal(matchSuppression(finding, [expired, active], NOW)?.id, 'new');
});
