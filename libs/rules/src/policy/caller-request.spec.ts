import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onCallerKeys, solveCallerRequest } from './caller-request';
import type { ConditionClause } from './policy-document.types';

const clause = (operator: string, key: string, ...values: string[]): ConditionClause => ({ operator, key, values });

test('only caller-controlled keys count as satisfiable; principal-, resource- and org-bound keys do not', () => {
  assert.equal(onCallerKeys([clause('StringEquals', 'aws:RequestedRegion', 'eu-west-1'), clause('Bool', 'aws:SecureTransport', 'true')]), true);
  assert.equal(onCallerKeys([clause('StringEquals', 'aws:RequestTag/team', 'a'), clause('ForAllValues:StringEquals', 'aws:TagKeys', 'team')]), true);
  for (const key of ['aws:PrincipalTag/team', 'aws:ResourceTag/env', 'aws:PrincipalOrgID', 'aws:username', 'aws:MultiFactorAuthPresent', 'iam:PassedToService']) {
    assert.equal(onCallerKeys([clause('StringEquals', key, 'x')]), false, key);
  }
  assert.equal(onCallerKeys([]), false);
});

test('finds a request meeting the Allow and escaping each Deny, from the policy values', () => {
  const solved = solveCallerRequest(
    [clause('StringLike', 'aws:RequestedRegion', 'eu-*')],
    [[clause('StringEquals', 'aws:RequestedRegion', 'eu-')], [clause('Bool', 'aws:SecureTransport', 'false')]],
  );
  assert.deepEqual(solved?.context, { 'aws:RequestedRegion': 'eu-rolecall', 'aws:SecureTransport': 'true' });
});

test('no request separates an Allow from a Deny on the same values: undefined', () => {
  assert.equal(
    solveCallerRequest([clause('StringEquals', 'aws:RequestedRegion', 'eu-west-1')], [[clause('StringEquals', 'aws:RequestedRegion', 'eu-west-1')]]),
    undefined,
  );
});

test('aws:ViaAWSService: a direct call is false, so an Allow needing true is not satisfiable, a Deny on true is escaped', () => {
  assert.equal(solveCallerRequest([clause('Bool', 'aws:ViaAWSService', 'true')], []), undefined);
  assert.deepEqual(solveCallerRequest([], [[clause('Bool', 'aws:ViaAWSService', 'true')]])?.context, { 'aws:ViaAWSService': 'false' });
});

test('request tags can be left out to escape a Deny that needs them; a pinned key takes only its value', () => {
  assert.deepEqual(solveCallerRequest([], [[clause('Null', 'aws:RequestTag/owner', 'false')]])?.context, {});
  assert.equal(
    solveCallerRequest([], [[clause('StringNotEquals', 'aws:RequestedRegion', 'eu-west-1')]], { 'aws:RequestedRegion': 'us-east-1' }),
    undefined,
  );
});

test('dates: a window ending in 2030 is met one second before its end', () => {
  assert.deepEqual(solveCallerRequest([clause('DateLessThan', 'aws:CurrentTime', '2030-01-01T00:00:00Z')], [])?.context, {
    'aws:CurrentTime': '2029-12-31T23:59:59.000Z',
  });
  assert.deepEqual(solveCallerRequest([clause('NumericLessThan', 'aws:EpochTime', '1893456000')], [])?.context, { 'aws:EpochTime': '1893455999' });
  assert.deepEqual(solveCallerRequest([clause('DateLessThan', 'aws:EpochTime', '1893456000')], [])?.context, { 'aws:EpochTime': '1893455999' });
});
