import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { anInventory, anOidcProvider } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { anIrsaRole, ISSUER, PROVIDER_ARN } from './irsa.testing';
import { irsaSubIneffectiveRule } from './irsa-sub-ineffective.rule';

const OTHER = 'oidc.eks.us-east-1.amazonaws.com/id/OTHERCLUSTER';
const SUBJECT = 'system:serviceaccount:app:api';
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(irsaSubIneffectiveRule);
});

test('fires critical on a sub keyed on another issuer', () => {
  const roles = [anIrsaRole('other-issuer', { StringEquals: { [`${OTHER}:sub`]: SUBJECT } })];
  const findings = run(engine, anInventory({ iam: { roles, oidcProviders: [anOidcProvider()] } }));
  const base = { statement: 0, principal: PROVIDER_ARN, actions: ['sts:AssumeRoleWithWebIdentity'], issuer: ISSUER, adminEquivalent: false };
  assert.deepEqual(findings.map((f) => [f.ruleId, f.resource.name, f.severity, f.evidence]), [
    ['iam.role.irsa-sub-ineffective', 'other-issuer', 'critical', { ...base, subWeakness: 'other-issuer', subConditions: [{ operator: 'StringEquals', key: `${OTHER}:sub`, values: [SUBJECT] }] }],
  ]);
});

test('issue 14 case 6: silent on an exact sub, under IfExists or ForAllValues (tokens always carry one sub), and on a missing sub (another rule)', () => {
  const roles = [
    anIrsaRole('exact', { StringEquals: { [`${ISSUER}:sub`]: SUBJECT } }),
    anIrsaRole('if-exists', { StringEqualsIfExists: { [`${ISSUER}:sub`]: SUBJECT } }),
    anIrsaRole('for-all', { 'ForAllValues:StringEquals': { [`${ISSUER}:sub`]: SUBJECT } }),
    anIrsaRole('missing'),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles, oidcProviders: [anOidcProvider()] } })), []);
});
