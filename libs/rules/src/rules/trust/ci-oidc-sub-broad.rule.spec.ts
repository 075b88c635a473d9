import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { anInventory } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { run } from '../../workloads/rule-spec.testing';
import { aCiRole, GITHUB } from './ci-oidc.testing';
import { ciOidcSubBroadRule } from './ci-oidc-sub-broad.rule';

const AUD = { [`${GITHUB}:aud`]: 'sts.amazonaws.com' };
const like = (sub: string | string[]) => ({ StringEquals: AUD, StringLike: { [`${GITHUB}:sub`]: sub } });
let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(ciOidcSubBroadRule);
});

test('fires high on every repository of an owner, medium on any branch or environment of one repository', () => {
  const roles = [
    aCiRole('org-wide', like('repo:acme/*')),
    aCiRole('prefix', like('repo:acme/deploy-*:ref:refs/heads/main')),
    aCiRole('any-branch', like('repo:acme/deploy:*')),
    aCiRole('any-env', like(['repo:acme/deploy:environment:*'])),
    aCiRole('gitlab-group', { StringLike: { 'gitlab.com:sub': 'project_path:acme/*' } }, 'gitlab.com'),
  ];
  const findings = run(engine, anInventory({ iam: { roles } }));
  assert.deepEqual(findings.map((f) => [f.resource.name, f.severity, f.evidence.provider, f.evidence.reach, f.evidence.subjects]), [
    ['org-wide', 'high', 'github-actions', 'repository-wildcard', ['repo:acme/*']],
    ['prefix', 'high', 'github-actions', 'repository-wildcard', ['repo:acme/deploy-*:ref:refs/heads/main']],
    ['any-branch', 'medium', 'github-actions', 'ref-wildcard', ['repo:acme/deploy:*']],
    ['any-env', 'medium', 'github-actions', 'ref-wildcard', ['repo:acme/deploy:environment:*']],
    ['gitlab-group', 'high', 'gitlab', 'repository-wildcard', ['project_path:acme/*']],
  ]);
});

test('silent on pinned subjects (StringEquals, or StringLike without a wildcard), on * literal under StringEquals, and on unscoped subjects (the unscoped rule)', () => {
  const roles = [
    aCiRole('branch', { StringEquals: { ...AUD, [`${GITHUB}:sub`]: 'repo:acme/deploy:ref:refs/heads/main' } }),
    aCiRole('environment', like('repo:acme/deploy:environment:production')),
    aCiRole('literal', { StringEquals: { ...AUD, [`${GITHUB}:sub`]: 'repo:acme/*' } }),
    aCiRole('unscoped', { StringEquals: AUD }),
  ];
  assert.deepEqual(run(engine, anInventory({ iam: { roles } })), []);
});
