import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { aClusterRoleBinding, anInventory, anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { clusterAdminBroadGroupRule } from './cluster-admin-broad-group.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(clusterAdminBroadGroupRule);
});

const admin = { kind: 'ClusterRole', name: 'cluster-admin' };
const group = (name: string) => ({ kind: 'Group', name });

test('fires on cluster-admin bound to a broad group, naming the groups', () => {
  const binding = aClusterRoleBinding({ name: 'anonymous-admin', roleRef: admin, subjects: [group('system:unauthenticated'), group('ops')] });
  const found = engine.evaluateAccount({ inventory: anInventory({ eks: { clusterRoleBindings: [binding] } }), organization: anOrganization() });
  assert.deepEqual(
    found.map((finding) => [finding.resource, finding.severity, finding.message]),
    [
      [
        { arn: `k8s://${binding.clusterArn}/_cluster/ClusterRoleBinding/anonymous-admin`, type: 'Kubernetes::ClusterRoleBinding', name: 'anonymous-admin' },
        'critical',
        'ClusterRoleBinding anonymous-admin in cluster app-eks makes system:unauthenticated cluster-admin.',
      ],
    ],
  );
});

test('stays silent for system:masters, named subjects, and other roles bound to broad groups', () => {
  const bindings = [
    aClusterRoleBinding({ name: 'cluster-admin', roleRef: admin, subjects: [group('system:masters')] }),
    aClusterRoleBinding({ name: 'ci', roleRef: admin, subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }] }),
    aClusterRoleBinding({ name: 'everyone-views', roleRef: { kind: 'ClusterRole', name: 'view' }, subjects: [group('system:authenticated')] }),
  ];
  assert.deepEqual(engine.evaluateAccount({ inventory: anInventory({ eks: { clusterRoleBindings: bindings } }), organization: anOrganization() }), []);
});
