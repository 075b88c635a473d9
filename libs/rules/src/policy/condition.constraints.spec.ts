import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constraintsOn, describeConstraint } from './condition.constraints';

const describe = (operator: string, ...values: string[]) => describeConstraint({ operator, key: 'k', values });

test('exact positive operators restrict with no weakness', () => {
  assert.deepEqual(describe('StringEquals', 'x'), { key: 'k', operator: 'StringEquals', values: ['x'], effective: true });
  assert.equal(describe('StringEquals', '*').effective, true);
  assert.equal(describe('ArnEquals', 'arn:aws:ecs:eu-west-1:111122223333:cluster/c').weakness, undefined);
});

test('each weakness, and whether the clause still restricts', () => {
  const cases: [string, string[], boolean, string][] = [
    ['StringLike', ['team-*'], true, 'wildcard'],
    ['StringLike', ['*'], false, 'wildcard-all'],
    ['StringEqualsIfExists', ['x'], false, 'if-exists'],
    ['ForAllValues:StringEquals', ['x'], false, 'for-all-values'],
    ['StringNotEquals', ['x'], false, 'negated'],
    ['Null', ['false'], false, 'presence-only'],
    ['BinaryEquals', ['QmluYXJ5'], false, 'unsupported-operator'],
  ];
  for (const [operator, values, effective, weakness] of cases) {
    const described = describe(operator, ...values);
    assert.equal(described.effective, effective, operator);
    assert.equal(described.weakness, weakness, operator);
  }
});

test('constraintsOn finds a key whatever its case', () => {
  const found = constraintsOn(
    [
      { operator: 'StringEquals', key: 'STS:ExternalId', values: ['e'] },
      { operator: 'StringEquals', key: 'aws:SourceAccount', values: ['1'] },
    ],
    'sts:externalid',
  );
  assert.deepEqual(found, [{ key: 'STS:ExternalId', operator: 'StringEquals', values: ['e'], effective: true }]);
});
