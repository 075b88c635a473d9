import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RoleSummary } from '../../organization/account-summary';
import { reachableRoles } from './role-chains';

const [A, B, C] = ['111111111111', '222222222222', '333333333333'];

const role = (accountId: string, roleName: string, trustStatements: unknown[], assumeTargets: string[] = []): RoleSummary => ({
  arn: `arn:aws:iam::${accountId}:role/${roleName}`,
  accountId,
  roleName,
  adminEquivalent: false,
  sensitiveClasses: [],
  trustWeaknesses: [],
  trustPolicy: { Version: '2012-10-17', Statement: trustStatements },
  assumeTargets,
  irsaIssuers: [],
});
const allow = (principal: unknown) => ({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' });

test('each principal form a trust can name admits exactly the callers canAssume admits, over several hops', () => {
  const source = role(A, 'web', [allow({ Service: 'ecs-tasks.amazonaws.com' })], ['*']);
  const roles = [
    source,
    role(B, 'by-root', [allow({ AWS: `arn:aws:iam::${A}:root` })], [`arn:aws:iam::${C}:role/*`]),
    role(B, 'by-account-id', [allow({ AWS: A })]),
    role(B, 'by-arn', [allow({ AWS: source.arn })]),
    role(B, 'by-other-account', [allow({ AWS: `arn:aws:iam::${C}:root` })]),
    role(B, 'by-service', [allow({ Service: 'ec2.amazonaws.com' })]),
    role(B, 'by-anyone', [allow({ AWS: '*' })]),
    role(B, 'not-principal', [{ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${C}:root` }, Action: 'sts:AssumeRole' }]),
    role(B, 'denied', [allow({ AWS: `arn:aws:iam::${A}:root` }), { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]),
    role(C, 'second-hop', [allow({ AWS: `arn:aws:iam::${B}:role/by-root` })]),
    role(C, 'unreadable', [allow({ AWS: `arn:aws:iam::${A}:root` })]),
  ];
  const unreadable = { ...roles[10]!, trustPolicy: 'not a policy' };
  const chains = reachableRoles(source, [...roles.slice(0, 10), unreadable]);
  assert.deepEqual(chains.map((chain) => [chain.target.roleName, chain.path.length - 1, chain.conditional]), [
    ['by-root', 1, false],
    ['by-account-id', 1, false],
    ['by-arn', 1, false],
    ['by-anyone', 1, false],
    ['not-principal', 1, false],
    ['second-hop', 2, false],
  ]);
});

test('a trust parsed once serves every source role of the organization', () => {
  const target = role(C, 'shared', [allow({ AWS: `arn:aws:iam::${A}:root` })]);
  const sources = [role(A, 'one', [], [target.arn]), role(A, 'two', [], [target.arn]), role(B, 'three', [], [target.arn])];
  const reached = sources.map((source) => reachableRoles(source, [...sources, target]).map((chain) => chain.target.roleName));
  assert.deepEqual(reached, [['shared'], ['shared'], []]);
});
