import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aRole, aTrustPolicy, anEksCluster, anInventory, anOrganization } from '@rolecall/model/testing';
import { loadActionCatalog, type ActionCatalog } from '../../policy';
import { evaluateOrganization } from '../../organization/organization-rule';
import { summariesOf } from '../../organization/summaries.testing';
import { irsaProviderOrphanedRule } from './irsa-provider-orphaned.rule';

const [A, B] = ['111111111111', '222222222222'];
const LIVE = 'oidc.eks.us-east-1.amazonaws.com/id/LIVECLUSTER';
const GONE = 'oidc.eks.us-east-1.amazonaws.com/id/DELETEDCLUSTER';
const organization = anOrganization([A, B]);
let catalog: ActionCatalog;
before(async () => {
  catalog = await loadActionCatalog();
});

const irsa = (name: string, issuer: string) =>
  aRole({
    accountId: A,
    roleName: name,
    trustPolicy: aTrustPolicy({ Federated: `arn:aws:iam::${A}:oidc-provider/${issuer}` }, 'sts:AssumeRoleWithWebIdentity', {
      StringEquals: { [`${issuer}:sub`]: 'system:serviceaccount:app:api' },
    }),
  });

test('fires low on a trust of an issuer no cluster of the organization has; a cluster in another account counts as live', () => {
  const stale = irsa('stale', GONE);
  const inventories = [
    anInventory({ accountId: A, iam: { roles: [stale, irsa('live', LIVE)] } }),
    anInventory({ accountId: B, eks: { clusters: [anEksCluster({ accountId: B, oidcIssuer: `https://${LIVE}` })] } }),
  ];
  const { findings } = evaluateOrganization([irsaProviderOrphanedRule], { summaries: summariesOf(inventories, organization, catalog), organization });
  assert.deepEqual(findings.map((f) => [f.ruleId, f.accountId, f.resource.arn, f.severity, f.evidence]), [
    ['iam.role.irsa-provider-orphaned', A, stale.arn, 'low', { issuer: GONE, adminEquivalent: false }],
  ]);
});

test('does not fire on non-EKS issuers', () => {
  const role = aRole({ accountId: A, roleName: 'gha', trustPolicy: aTrustPolicy({ Federated: `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com` }, 'sts:AssumeRoleWithWebIdentity') });
  const summaries = summariesOf([anInventory({ accountId: A, iam: { roles: [role] } })], organization, catalog);
  assert.deepEqual(evaluateOrganization([irsaProviderOrphanedRule], { summaries, organization }).findings, []);
});

test('concludes nothing when an account of the organization was not read: the role is not assessed, with why', () => {
  const stale = irsa('stale', GONE);
  const summaries = summariesOf([anInventory({ accountId: A, iam: { roles: [stale] } })], organization, catalog);
  const { findings, notAssessed } = evaluateOrganization([irsaProviderOrphanedRule], { summaries, organization });
  assert.deepEqual(findings, []);
  assert.deepEqual(notAssessed, [
    {
      ruleId: 'iam.role.irsa-provider-orphaned',
      accountId: A,
      region: 'global',
      resource: { arn: stale.arn, type: 'AWS::IAM::Role', name: 'stale' },
      missing: [{ service: 'sts', operation: 'AssumeRole', errorCode: 'AccountNotAssessed' }],
    },
  ]);
});

test('concludes nothing when the issuer\'s region was not scanned or its clusters not listed in some account', () => {
  const stale = irsa('stale', GONE);
  const otherRegion = anInventory({ accountId: B, regions: ['eu-west-1'] });
  const listFailed = anInventory({ accountId: B, gaps: [{ service: 'eks', operation: 'ListClusters', region: 'us-east-1', errorCode: 'AccessDeniedException' }] });
  for (const [b, missing] of [
    [otherRegion, { service: 'ec2', operation: 'DescribeRegions', errorCode: 'RegionNotScanned' }],
    [listFailed, { service: 'eks', operation: 'ListClusters', errorCode: 'AccessDeniedException' }],
  ] as const) {
    const summaries = summariesOf([anInventory({ accountId: A, iam: { roles: [stale] } }), b], organization, catalog);
    const { findings, notAssessed } = evaluateOrganization([irsaProviderOrphanedRule], { summaries, organization });
    assert.deepEqual(findings, []);
    assert.deepEqual(notAssessed.filter((entry) => entry.resource !== null).map((entry) => [entry.accountId, entry.resource?.arn, entry.missing]), [[A, stale.arn, [missing]]]);
  }
});
