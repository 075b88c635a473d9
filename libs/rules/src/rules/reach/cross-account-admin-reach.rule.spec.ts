import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aPolicyDocument, aRole, aTaskDefinition, aTrustPolicy, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import { loadActionCatalog, type ActionCatalog } from '../../policy';
import { evaluateOrganization } from '../../organization/organization-rule';
import { summariesOf } from '../../organization/summaries.testing';
import { crossAccountAdminReachRule } from './cross-account-admin-reach.rule';

const [A, B, C] = ['111111111111', '222222222222', '333333333333'];
const organization = anOrganization([A, B, C]);
let catalog: ActionCatalog;
before(async () => {
  catalog = await loadActionCatalog();
});

const assumePolicy = (target: string) => [{ policyName: 'assume', document: aPolicyDocument('sts:AssumeRole', target) }];
const ADMIN = [{ policyName: 'admin', document: aPolicyDocument('*') }];

function world(adminTrust: unknown) {
  const web = aRole({ accountId: A, roleName: 'web-task', inlinePolicies: assumePolicy(`arn:aws:iam::${B}:role/hop`) });
  const hop = aRole({ accountId: B, roleName: 'hop', trustPolicy: aTrustPolicy({ AWS: `arn:aws:iam::${A}:root` }), inlinePolicies: assumePolicy(`arn:aws:iam::${C}:role/*`) });
  const admin = aRole({ accountId: C, roleName: 'admin', trustPolicy: adminTrust, inlinePolicies: ADMIN });
  const td = aTaskDefinition({ accountId: A, family: 'web', taskRoleArn: web.arn });
  const inventories = [
    anInventory({ accountId: A, iam: { roles: [web] }, ecs: { taskDefinitions: [td] } }),
    anInventory({ accountId: B, iam: { roles: [hop] } }),
    anInventory({ accountId: C, iam: { roles: [admin] } }),
  ];
  return { web, hop, admin, td, summaries: summariesOf(inventories, organization, catalog) };
}

test('fires critical on a task role that reaches an admin role two accounts away, showing the path', () => {
  const { web, hop, admin, summaries } = world(aTrustPolicy({ AWS: `arn:aws:iam::${B}:role/hop` }));
  const { findings } = evaluateOrganization([crossAccountAdminReachRule], { summaries, organization });
  assert.deepEqual(findings.map((f) => [f.ruleId, f.accountId, f.resource, f.severity, f.evidence, f.relatedResources, f.fingerprint]), [[
    'iam.workload-role.cross-account-admin-reach',
    A,
    { arn: web.arn, type: 'AWS::IAM::Role', name: 'web-task' },
    'critical',
    { path: [web.arn, hop.arn, admin.arn], targetAccountId: C, conditional: false, workloads: ['ecs-task web'] },
    [hop.arn, admin.arn],
    findingFingerprint('iam.workload-role.cross-account-admin-reach', web.arn, admin.arn),
  ]]);
});

test('does not fire when the admin role trusts someone else, or on the account stage', () => {
  const { summaries } = world(aTrustPolicy({ AWS: `arn:aws:iam::${B}:role/deployer` }));
  assert.deepEqual(evaluateOrganization([crossAccountAdminReachRule], { summaries, organization }).findings, []);
  assert.deepEqual(crossAccountAdminReachRule.evaluate({} as never), []);
});

test('does not fire on an admin role in the same account or on roles no workload uses', () => {
  const web = aRole({ accountId: A, roleName: 'web-task', inlinePolicies: assumePolicy(`arn:aws:iam::${A}:role/admin`) });
  const admin = aRole({ accountId: A, roleName: 'admin', trustPolicy: aTrustPolicy({ AWS: web.arn }), inlinePolicies: ADMIN });
  const idle = aRole({ accountId: B, roleName: 'idle', inlinePolicies: assumePolicy('*') });
  const inventories = [
    anInventory({ accountId: A, iam: { roles: [web, admin] }, ecs: { taskDefinitions: [aTaskDefinition({ accountId: A, taskRoleArn: web.arn })] } }),
    anInventory({ accountId: B, iam: { roles: [idle] } }),
    anInventory({ accountId: C, iam: { roles: [aRole({ accountId: C, roleName: 'admin', trustPolicy: aTrustPolicy({ AWS: `arn:aws:iam::${B}:root` }), inlinePolicies: ADMIN })] } }),
  ];
  assert.deepEqual(evaluateOrganization([crossAccountAdminReachRule], { summaries: summariesOf(inventories, organization, catalog), organization }).findings, []);
});
