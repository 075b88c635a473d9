import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { anInventory } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { aCiRole, GITHUB, GITHUB_PROVIDER } from './ci-oidc.testing';
import { ciOidcSubUnscopedRule } from './ci-oidc-sub-unscoped.rule';

const AUD = { [`${GITHUB}:aud`]: 'sts.amazonaws.com' };
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(ciOidcSubUnscopedRule);
});

test('fires critical on GitHub Actions with no sub, with sub "*" or "repo:*", and high on a generic provider with no sub', () => {
  const roles = [
    aCiRole('gha-nosub', { StringEquals: AUD }),
    aCiRole('gha-star', { StringEquals: AUD, StringLike: { [`${GITHUB}:sub`]: '*' } }),
    aCiRole('gha-any-owner', { StringEquals: AUD, StringLike: { [`${GITHUB}:sub`]: 'repo:*' } }),
    aCiRole('tfc-any', { StringLike: { 'app.terraform.io:sub': 'organization:*' } }, 'app.terraform.io'),
    aCiRole('generic', undefined, 'auth.example.com'),
  ];
  const findings = run(engine, anInventory({ iam: { roles } }));
  assert.deepEqual(findings.map((f) => [f.resource.name, f.severity, f.evidence]), [
    ['gha-nosub', 'critical', { statement: 0, principal: GITHUB_PROVIDER, actions: ['sts:AssumeRoleWithWebIdentity'], provider: 'github-actions', issuer: GITHUB, reach: 'any-subject', subjects: [], audMissing: false, adminEquivalent: false }],
    ['gha-star', 'critical', { statement: 0, principal: GITHUB_PROVIDER, actions: ['sts:AssumeRoleWithWebIdentity'], provider: 'github-actions', issuer: GITHUB, reach: 'any-subject', subjects: [], audMissing: false, adminEquivalent: false }],
    ['gha-any-owner', 'critical', { statement: 0, principal: GITHUB_PROVIDER, actions: ['sts:AssumeRoleWithWebIdentity'], provider: 'github-actions', issuer: GITHUB, reach: 'any-subject', subjects: ['repo:*'], audMissing: false, adminEquivalent: false }],
    ['tfc-any', 'critical', { statement: 0, principal: findings[3].evidence.principal, actions: ['sts:AssumeRoleWithWebIdentity'], provider: 'terraform-cloud', issuer: 'app.terraform.io', reach: 'any-subject', subjects: ['organization:*'], audMissing: true, adminEquivalent: false }],
    ['generic', 'high', { statement: 0, principal: findings[4].evidence.principal, actions: ['sts:AssumeRoleWithWebIdentity'], provider: 'other', issuer: 'auth.example.com', reach: 'any-subject', subjects: [], audMissing: true, adminEquivalent: false }],
  ]);
});

test('silent on a role pinned to one repository and branch, on an owner wildcard (the broad rule), and on EKS issuers (IRSA rules)', () => {
  const roles = [
    aCiRole('pinned', { StringEquals: { ...AUD, [`${GITHUB}:sub`]: 'repo:acme/deploy:ref:refs/heads/main' } }),
    aCiRole('owner', { StringEquals: AUD, StringLike: { [`${GITHUB}:sub`]: 'repo:acme/*' } }),
    aCiRole('eks', undefined, 'oidc.eks.eu-west-1.amazonaws.com/id/ABC'),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles } })), []);
});
