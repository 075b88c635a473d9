import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scannerCaller } from './caller';
import { trustAdmits } from './trust-policy';
import type { PolicyDocument, PolicyStatement } from '../world/common.schema';

const scanner = scannerCaller('arn:aws:iam::111111111111:role/Scanner', 'rolecall');
const org = 'o-abcdefghij';

function trust(principal: PolicyStatement['Principal'], condition?: Record<string, Record<string, string>>): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', Condition: condition }],
  };
}

test('trust admits the caller by account id, account root, role ARN or *', () => {
  for (const entry of ['111111111111', 'arn:aws:iam::111111111111:root', 'arn:aws:iam::111111111111:role/Scanner', '*']) {
    assert.equal(trustAdmits(trust({ AWS: entry }), { caller: scanner, organizationId: org }), true, entry);
  }
  assert.equal(trustAdmits(trust('*'), { caller: scanner, organizationId: org }), true);
});

test('trust refuses other accounts, other roles and service principals', () => {
  assert.equal(trustAdmits(trust({ AWS: '999999999999' }), { caller: scanner, organizationId: org }), false);
  assert.equal(trustAdmits(trust({ AWS: 'arn:aws:iam::111111111111:role/Other' }), { caller: scanner, organizationId: org }), false);
  assert.equal(trustAdmits(trust({ Service: 'ecs-tasks.amazonaws.com' }), { caller: scanner, organizationId: org }), false);
});

test('sts:ExternalId must match exactly when the trust requires it', () => {
  const doc = trust({ AWS: '111111111111' }, { StringEquals: { 'sts:ExternalId': 'rolecall-demo' } });
  assert.equal(trustAdmits(doc, { caller: scanner, organizationId: org, externalId: 'rolecall-demo' }), true);
  assert.equal(trustAdmits(doc, { caller: scanner, organizationId: org, externalId: 'wrong' }), false);
  assert.equal(trustAdmits(doc, { caller: scanner, organizationId: org }), false);
});

test('a matching Deny wins and unknown condition operators fail closed', () => {
  const denied: PolicyDocument = {
    Statement: [
      { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:*', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-other00000' } } },
    ],
  };
  assert.equal(trustAdmits(denied, { caller: scanner, organizationId: org }), false);
  const unknown = trust({ AWS: '*' }, { DateGreaterThanWeird: { 'aws:CurrentTime': 'x' } });
  assert.equal(trustAdmits(unknown, { caller: scanner, organizationId: org }), false);
});
