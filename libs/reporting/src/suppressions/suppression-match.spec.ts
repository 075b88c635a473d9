import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SuppressionMatcher, matchSuppression, type SuppressionRule } from './suppression-match';

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

test('a matcher compiled once answers like matchSuppression: the first in the order given, by rule or by any rule', () => {
  const byPattern = rule({ id: 'pattern', resourcePattern: 'arn:aws:ecs:*' });
  const byRule = rule({ id: 'rule', ruleId: 'ecs.container.privileged' });
  const otherAccount = rule({ id: 'other-account', ruleId: 'ecs.container.privileged', accountId: '222222222222' });
  const matcher = new SuppressionMatcher([otherAccount, byPattern, byRule], NOW);
  assert.equal(matcher.size, 3);
  assert.equal(matcher.match(finding)?.id, 'pattern');
  assert.equal(new SuppressionMatcher([otherAccount, byRule, byPattern], NOW).match(finding)?.id, 'rule');
  assert.equal(matcher.match({ ...finding, ruleId: 'iam.role.trust-public', resource: { arn: 'arn:aws:iam::111111111111:role/x' } }), undefined);
});

test('hostile patterns match nothing they should not and leave the others working', () => {
  const hostile = Array.from({ length: 1000 }, (_, index) => rule({ id: `h${index}`, resourcePattern: `*a*a*a*a*a*a*a*a*X${index}` }));
  const matcher = new SuppressionMatcher([...hostile, rule({ id: 'real', resourcePattern: '*:task-definition/web:3' })], NOW);
  assert.equal(matcher.match(finding)?.id, 'real');
});
