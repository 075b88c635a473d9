import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aRole, aTrustPolicy, anAccessEntry, anInventory, anOrganization } from '@rolecall/model/testing';
import { findingFingerprint } from '../../engine/fingerprint';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { decided } from '../placement/testing';
import { clusterAdminWeakPrincipalRule } from './cluster-admin-weak-principal.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(clusterAdminWeakPrincipalRule);
});

const ADMIN_POLICY = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy';
const ADMIN = [{ policyArn: ADMIN_POLICY, scopeType: 'cluster', namespaces: [] }];
const USER = 'arn:aws:iam::111122223333:user/alice';

test('fires on cluster admin for an IAM user', () => {
  const entry = anAccessEntry({ principalArn: USER, accessPolicies: ADMIN });
  const inventory = anInventory({ eks: { accessEntries: [entry] } });
  assert.deepEqual(decided(engine.evaluateAccount({ inventory, organization: anOrganization() })), [
    {
      ruleId: 'eks.access-entry.cluster-admin-weak-principal',
      severity: 'high',
      message: `Cluster app-eks grants cluster admin to ${USER}: an IAM user (long-lived credentials).`,
      resource: { arn: entry.arn, type: 'AWS::EKS::AccessEntry', name: `app-eks/${USER}` },
      evidence: { principalArn: USER, weakness: 'an IAM user (long-lived credentials)', kubernetesGroups: [], accessPolicies: [ADMIN_POLICY] },
      relatedResources: [USER],
      fingerprint: findingFingerprint('eks.access-entry.cluster-admin-weak-principal', entry.arn),
    },
  ]);
});

test('outside accounts and roles anyone can assume are critical; a well-trusted role and namespace admins are fine', () => {
  const open = aRole({ roleName: 'open', trustPolicy: aTrustPolicy({ AWS: '*' }) });
  const sso = aRole({ roleName: 'platform-admin', trustPolicy: aTrustPolicy({ AWS: 'arn:aws:iam::111122223333:root' }) });
  const entries = [
    anAccessEntry({ principalArn: 'arn:aws:iam::999999999999:role/vendor', accessPolicies: ADMIN }),
    anAccessEntry({ principalArn: open.arn, kubernetesGroups: ['system:masters'] }),
    anAccessEntry({ principalArn: sso.arn, accessPolicies: ADMIN }),
    anAccessEntry({ principalArn: USER, accessPolicies: [{ policyArn: ADMIN_POLICY, scopeType: 'namespace', namespaces: ['dev'] }] }),
  ];
  const inventory = anInventory({ iam: { roles: [open, sso] }, eks: { accessEntries: entries } });
  const findings = engine.evaluateAccount({ inventory, organization: anOrganization() });
  assert.deepEqual(
    findings.map((finding) => [finding.evidence.principalArn, finding.severity, finding.evidence.weakness]),
    [
      ['arn:aws:iam::999999999999:role/vendor', 'critical', 'account 999999999999 is outside the organization'],
      [open.arn, 'critical', 'trusts any principal'],
    ],
  );
});
