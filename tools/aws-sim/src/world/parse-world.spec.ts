import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorld, parseWorld } from './parse-world';
import { sampleWorldPath } from './sample-world';
import { WorldValidationError } from './world-error';
import type { World } from './world.schema';

const minimal = (): World => ({
  organization: { id: 'o-abcdefghij', managementAccountId: '111111111111' },
  scanner: { principalArn: 'arn:aws:iam::111111111111:role/Scanner' },
  accounts: [{ id: '111111111111', name: 'm', joinedTimestamp: '2024-01-01T00:00:00Z', regions: ['us-east-1'] }],
});

function issuesOf(world: unknown): string[] {
  try {
    parseWorld(world);
  } catch (error) {
    assert.ok(error instanceof WorldValidationError);
    return error.issues;
  }
  assert.fail('world was accepted');
}

test('the sample world loads: four accounts, two regions each, defaults filled in', () => {
  const world = parseWorld(loadWorld(sampleWorldPath()));
  assert.deepEqual(world.accounts.map((account) => account.name), ['management', 'workloads-prod', 'workloads-dev', 'sandbox']);
  assert.deepEqual(world.accounts.map((account) => account.regions), Array(4).fill(['us-east-1', 'eu-west-1']));
  assert.equal(world.accounts[1].iam.roles[0].Path, '/');
  assert.equal(world.accounts[1].iam.roles[0].MaxSessionDuration, 3600);
});

test('errors name the bad field by path', () => {
  const world = minimal();
  world.accounts[0].regions = ['us-east-1', 'mars-north-1'];
  assert.deepEqual(issuesOf(world), ['accounts[0].regions[1]: unknown AWS region']);
  const typo = { ...minimal(), accounts: [{ ...minimal().accounts[0], iam: { roles: [{ RoleName: 'r', CreateDate: '2024-01-01T00:00:00Z', AssumeRolePolicyDocument: { Statement: [] }, Tagz: [] }] } }] };
  assert.deepEqual(issuesOf(typo), ['accounts[0].iam.roles[0]: Unrecognized key: "Tagz"']);
});

test('references are checked: AWS and customer managed policies, accounts, duplicate roles', () => {
  const role = (name: string, policyArn: string) => ({
    RoleName: name,
    CreateDate: '2024-01-01T00:00:00Z',
    AssumeRolePolicyDocument: { Statement: [] },
    AttachedManagedPolicies: [{ PolicyArn: policyArn }],
  });
  const world = minimal();
  world.accounts[0].iam = {
    roles: [role('a', 'arn:aws:iam::aws:policy/NoSuchManagedPolicy'), role('A', 'arn:aws:iam::111111111111:policy/missing'), role('ok', 'arn:aws:iam::aws:policy/ReadOnlyAccess')],
  };
  world.scanner.principalArn = 'arn:aws:iam::222222222222:role/Scanner';
  assert.deepEqual(issuesOf(world), [
    'accounts[0].iam.roles[0].AttachedManagedPolicies[0].PolicyArn: no such AWS managed policy arn:aws:iam::aws:policy/NoSuchManagedPolicy',
    'accounts[0].iam.roles[1].RoleName: duplicate role name A',
    'accounts[0].iam.roles[1].AttachedManagedPolicies[0].PolicyArn: no such customer managed policy arn:aws:iam::111111111111:policy/missing',
    'scanner.principalArn: account 222222222222 is not in accounts',
  ]);
});

test('loadWorld prefixes issues with the file and reports bad JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aws-sim-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"organization": ');
  assert.throws(() => loadWorld(broken), (error: WorldValidationError) => error.issues[0].startsWith(`${broken}: `));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...minimal(), organization: { id: 'org-1', managementAccountId: '111111111111' } }));
  assert.throws(() => loadWorld(bad), { message: `invalid world: ${bad}: organization.id: must look like o-abcdef1234` });
});
