import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { anInventory, anOidcProvider } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { anIrsaRole, ISSUER, PROVIDER_ARN } from './irsa.testing';
import { irsaSubWildcardRule } from './irsa-sub-wildcard.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(irsaSubWildcardRule);
});

test('fires high on a wildcard admitting every service account, medium on a namespace wildcard', () => {
  const all = anIrsaRole('all', { StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:*' } });
  const namespace = anIrsaRole('namespace', { StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:app:*' } });
  const findings = run(engine, anInventory({ iam: { roles: [all, namespace], oidcProviders: [anOidcProvider()] } }));
  assert.deepEqual(findings.map((f) => [f.ruleId, f.resource.arn, f.severity, f.evidence]), [
    ['iam.role.irsa-sub-wildcard', all.arn, 'high', {
      statement: 0, principal: PROVIDER_ARN, actions: ['sts:AssumeRoleWithWebIdentity'], issuer: ISSUER, subWeakness: 'wildcard-all',
      subConditions: [{ operator: 'StringLike', key: `${ISSUER}:sub`, values: ['system:serviceaccount:*'] }], adminEquivalent: false,
    }],
    ['iam.role.irsa-sub-wildcard', namespace.arn, 'medium', {
      statement: 0, principal: PROVIDER_ARN, actions: ['sts:AssumeRoleWithWebIdentity'], issuer: ISSUER, subWeakness: 'namespace-wildcard',
      subConditions: [{ operator: 'StringLike', key: `${ISSUER}:sub`, values: ['system:serviceaccount:app:*'] }], adminEquivalent: false,
    }],
  ]);
});

test('does not fire on StringEquals (where * is literal) or StringLike without a wildcard', () => {
  const roles = [
    anIrsaRole('literal', { StringEquals: { [`${ISSUER}:sub`]: 'system:serviceaccount:*' } }),
    anIrsaRole('like-exact', { StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:app:api' } }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles, oidcProviders: [anOidcProvider()] } })), []);
});

test('issue 14 case 4: fires high on "any service account" written with ? (?* never matches an empty namespace or name)', () => {
  const roles = ['system:serviceaccount:?*:*', '?*:?*'].map((value, i) => anIrsaRole(`q${i}`, { StringLike: { [`${ISSUER}:sub`]: value } }));
  const findings = run(engine, anInventory({ iam: { roles, oidcProviders: [anOidcProvider()] } }));
  assert.deepEqual(findings.map((f) => [f.resource.name, f.severity, f.evidence.subWeakness]), [
    ['q0', 'high', 'wildcard-all'],
    ['q1', 'high', 'wildcard-all'],
  ]);
});
