import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aServiceAccount, anEksCluster, anInventory, anOrganization, TEST_ACCOUNT_ID } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { ISSUER, anIrsaRole } from '../trust/irsa.testing';
import { irsaRoleMismatchRule } from './irsa-role-mismatch.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(irsaRoleMismatchRule);
});

const sub = (namespace: string, name: string) => ({
  StringEquals: { [`${ISSUER}:sub`]: `system:serviceaccount:${namespace}:${name}`, [`${ISSUER}:aud`]: 'sts.amazonaws.com' },
});
const role = anIrsaRole('ledger-irsa', sub('payments', 'ledger'));
const cluster = anEksCluster();

function findingsFor(...serviceAccounts: ReturnType<typeof aServiceAccount>[]) {
  const inventory = anInventory({ iam: { roles: [role] }, eks: { clusters: [cluster], serviceAccounts } });
  return engine.evaluateAccount({ inventory, organization: anOrganization([TEST_ACCOUNT_ID, '222233334444']) });
}

test('fires on an annotation the role\'s trust does not admit, naming the service account, cluster and role', () => {
  const account = aServiceAccount({ namespace: 'reports', name: 'exporter', roleArn: role.arn });
  const [finding, ...others] = findingsFor(account);
  assert.deepEqual(others, []);
  assert.deepEqual(
    { resource: finding.resource, related: finding.relatedResources, severity: finding.severity, message: finding.message, kind: finding.evidence.kind },
    {
      resource: { arn: `k8s://${cluster.arn}/reports/ServiceAccount/exporter`, type: 'Kubernetes::ServiceAccount', name: 'reports/exporter' },
      related: [cluster.arn, role.arn],
      severity: 'medium',
      message: `Service account reports/exporter in cluster app-eks is annotated with role ${role.arn}, whose trust does not admit it from ${ISSUER}.`,
      kind: 'trust-does-not-admit',
    },
  );
});

test('fires on a missing role and on roles of other accounts (high outside the organization)', () => {
  const found = findingsFor(
    aServiceAccount({ name: 'gone', roleArn: `arn:aws:iam::${TEST_ACCOUNT_ID}:role/deleted` }),
    aServiceAccount({ name: 'sister', roleArn: 'arn:aws:iam::222233334444:role/shared' }),
    aServiceAccount({ name: 'vendor', roleArn: 'arn:aws:iam::999988887777:role/vendor' }),
  );
  assert.deepEqual(
    found.map((finding) => [finding.resource.name, finding.evidence.kind, finding.severity]),
    [
      ['default/gone', 'role-missing', 'medium'],
      ['default/sister', 'other-account', 'medium'],
      ['default/vendor', 'other-account', 'high'],
    ],
  );
});

test('stays silent for a correctly bound service account, one without annotation, and a wildcard trust that admits it', () => {
  const wildcard = anIrsaRole('any-in-ns', { StringLike: { [`${ISSUER}:sub`]: 'system:serviceaccount:jobs:*' } });
  const inventory = anInventory({
    iam: { roles: [role, wildcard] },
    eks: {
      clusters: [cluster],
      serviceAccounts: [
        aServiceAccount({ namespace: 'payments', name: 'ledger', roleArn: role.arn }),
        aServiceAccount({ namespace: 'jobs', name: 'nightly', roleArn: wildcard.arn }),
        aServiceAccount({ name: 'plain' }),
      ],
    },
  });
  assert.deepEqual(engine.evaluateAccount({ inventory, organization: anOrganization() }), []);
});
