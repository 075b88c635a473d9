import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConditions, type RequestContext } from './condition.evaluator';
import type { ConditionClause } from './policy-document.types';

const clause = (operator: string, key: string, ...values: string[]): ConditionClause => ({ operator, key, values });
const outcome = (clauses: ConditionClause[], context: RequestContext) => evaluateConditions(clauses, context).outcome;

describe('string operators', () => {
  test('StringEquals is exact and case-sensitive; * is literal', () => {
    const c = [clause('StringEquals', 'aws:SourceAccount', '111122223333', '444455556666')];
    assert.equal(outcome(c, { 'aws:SourceAccount': '444455556666' }), 'met');
    assert.equal(outcome(c, { 'aws:SourceAccount': '999999999999' }), 'not-met');
    assert.equal(outcome([clause('StringEquals', 'k', 'Prod')], { k: 'prod' }), 'not-met');
    assert.equal(outcome([clause('StringEquals', 'k', '*')], { k: 'anything' }), 'not-met');
    assert.equal(outcome([clause('StringEquals', 'k', '*')], { k: '*' }), 'met');
  });

  test('StringLike treats * and ? as wildcards', () => {
    const c = [clause('StringLike', 'oidc:sub', 'system:serviceaccount:app:*')];
    assert.equal(outcome(c, { 'oidc:sub': 'system:serviceaccount:app:api' }), 'met');
    assert.equal(outcome(c, { 'oidc:sub': 'system:serviceaccount:other:api' }), 'not-met');
  });

  test('StringEqualsIgnoreCase and StringNotEquals', () => {
    assert.equal(outcome([clause('StringEqualsIgnoreCase', 'k', 'Prod')], { k: 'PROD' }), 'met');
    assert.equal(outcome([clause('StringNotEquals', 'k', 'a', 'b')], { k: 'c' }), 'met');
    assert.equal(outcome([clause('StringNotEquals', 'k', 'a', 'b')], { k: 'b' }), 'not-met');
    assert.equal(outcome([clause('StringNotLike', 'k', 'a*')], { k: 'abc' }), 'not-met');
  });

  test('condition keys ignore case, values do not', () => {
    const c = [clause('StringEquals', 'AWS:SourceAccount', '111122223333')];
    assert.equal(outcome(c, { 'aws:sourceaccount': '111122223333' }), 'met');
  });
});

describe('absent keys', () => {
  test('plain operators fail, negated ones hold, IfExists holds', () => {
    assert.equal(outcome([clause('StringEquals', 'k', 'a')], {}), 'not-met');
    assert.equal(outcome([clause('StringNotEquals', 'k', 'a')], {}), 'met');
    assert.equal(outcome([clause('StringEqualsIfExists', 'k', 'a')], {}), 'met');
    assert.equal(outcome([clause('StringEqualsIfExists', 'k', 'a')], { k: 'b' }), 'not-met');
    assert.equal(outcome([clause('StringEquals', 'k', 'a')], { k: undefined }), 'not-met');
  });

  test('ForAllValues holds when the key is absent or empty; ForAnyValue fails', () => {
    assert.equal(outcome([clause('ForAllValues:StringEquals', 'tags', 'a', 'b')], {}), 'met');
    assert.equal(outcome([clause('ForAllValues:StringEquals', 'tags', 'a', 'b')], { tags: [] }), 'met');
    assert.equal(outcome([clause('ForAnyValue:StringEquals', 'tags', 'a')], {}), 'not-met');
  });

  test('Null tests presence', () => {
    assert.equal(outcome([clause('Null', 'k', 'true')], {}), 'met');
    assert.equal(outcome([clause('Null', 'k', 'true')], { k: 'x' }), 'not-met');
    assert.equal(outcome([clause('Null', 'k', 'false')], { k: 'x' }), 'met');
  });

  test('with missingKeys "undecided", an unlisted key leaves the outcome open', () => {
    const result = evaluateConditions([clause('StringEquals', 'aws:SourceArn', 'x')], {}, { missingKeys: 'undecided' });
    assert.deepEqual(result, { outcome: 'undecided', reasons: ['context does not give aws:SourceArn'] });
  });
});

describe('multi-valued keys', () => {
  test('ForAllValues: every request value must be listed', () => {
    const c = [clause('ForAllValues:StringEquals', 'aws:TagKeys', 'team', 'env')];
    assert.equal(outcome(c, { 'aws:TagKeys': ['team', 'env'] }), 'met');
    assert.equal(outcome(c, { 'aws:TagKeys': ['team', 'owner'] }), 'not-met');
  });

  test('ForAnyValue: one listed request value is enough', () => {
    const c = [clause('ForAnyValue:StringLike', 'aws:TagKeys', 'team*')];
    assert.equal(outcome(c, { 'aws:TagKeys': ['owner', 'team-a'] }), 'met');
    assert.equal(outcome(c, { 'aws:TagKeys': ['owner'] }), 'not-met');
  });
});

describe('other operators', () => {
  test('ArnLike matches part by part', () => {
    const c = [clause('ArnLike', 'aws:SourceArn', 'arn:aws:ecs:*:111122223333:*')];
    assert.equal(outcome(c, { 'aws:SourceArn': 'arn:aws:ecs:eu-west-1:111122223333:task/c/1' }), 'met');
    assert.equal(outcome(c, { 'aws:SourceArn': 'arn:aws:ecs:eu-west-1:444455556666:task/c/1' }), 'not-met');
    assert.equal(outcome([clause('ArnNotEquals', 'aws:SourceArn', 'arn:aws:sns:*:*:t')], { 'aws:SourceArn': 'arn:aws:sns:us-east-1:1:t' }), 'not-met');
  });

  test('Bool, numeric and date comparisons', () => {
    assert.equal(outcome([clause('Bool', 'aws:SecureTransport', 'true')], { 'aws:SecureTransport': 'true' }), 'met');
    assert.equal(outcome([clause('BoolIfExists', 'aws:MultiFactorAuthPresent', 'false')], {}), 'met');
    assert.equal(outcome([clause('NumericLessThan', 'aws:MultiFactorAuthAge', '3600')], { 'aws:MultiFactorAuthAge': '120' }), 'met');
    assert.equal(outcome([clause('NumericGreaterThanEquals', 'n', '10')], { n: 'ten' }), 'not-met');
    assert.equal(outcome([clause('DateLessThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z')], { 'aws:CurrentTime': '2025-06-01T00:00:00Z' }), 'met');
    assert.equal(outcome([clause('DateGreaterThan', 'aws:EpochTime', '2026-01-01T00:00:00Z')], { 'aws:EpochTime': '1700000000' }), 'not-met');
  });

  test('clauses AND together', () => {
    const c = [clause('StringEquals', 'a', '1'), clause('StringEquals', 'b', '2')];
    assert.equal(outcome(c, { a: '1', b: '2' }), 'met');
    assert.equal(outcome(c, { a: '1', b: '3' }), 'not-met');
  });

  test('an unsupported operator is surfaced as undecided, never passed silently', () => {
    const c = [clause('BinaryEquals', 'k', 'QmluYXJ5'), clause('StringEquals', 'a', '1')];
    assert.deepEqual(evaluateConditions(c, { k: 'QmluYXJ5', a: '1' }), {
      outcome: 'undecided',
      reasons: ['unsupported operator BinaryEquals'],
    });
    assert.equal(outcome(c, { k: 'QmluYXJ5', a: '2' }), 'not-met');
    assert.equal(outcome([clause('constructor', 'a', '1')], { a: '1' }), 'undecided');
  });
});

describe('IP address operators', () => {
  test('IpAddress matches IPv4 and IPv6 CIDR blocks and bare addresses; families never mix', () => {
    const c = [clause('IpAddress', 'aws:SourceIp', '10.0.0.0/8', '2001:db8::/32', '192.0.2.7')];
    assert.equal(outcome(c, { 'aws:SourceIp': '10.200.3.4' }), 'met');
    assert.equal(outcome(c, { 'aws:SourceIp': '11.0.0.1' }), 'not-met');
    assert.equal(outcome(c, { 'aws:SourceIp': '2001:db8:0:1::5' }), 'met');
    assert.equal(outcome(c, { 'aws:SourceIp': '2001:db9::5' }), 'not-met');
    assert.equal(outcome(c, { 'aws:SourceIp': '192.0.2.7' }), 'met');
    assert.equal(outcome(c, { 'aws:SourceIp': '192.0.2.8' }), 'not-met');
    assert.equal(outcome([clause('IpAddress', 'aws:SourceIp', '::/0')], { 'aws:SourceIp': '10.0.0.1' }), 'not-met');
  });

  test('NotIpAddress holds outside the blocks and when the key is absent', () => {
    const c = [clause('NotIpAddress', 'aws:SourceIp', '10.0.0.0/8')];
    assert.equal(outcome(c, { 'aws:SourceIp': '203.0.113.9' }), 'met');
    assert.equal(outcome(c, { 'aws:SourceIp': '10.1.1.1' }), 'not-met');
    assert.equal(outcome(c, {}), 'met');
  });
});
