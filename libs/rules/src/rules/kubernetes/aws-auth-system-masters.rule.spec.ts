import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { anAwsAuth, anEksCluster, anInventory, anOrganization } from '@rolecall/model/testing';
import type { RuleEngine } from '../../engine/rule-engine';
import { ruleEngineFor } from '../../engine/testing';
import { awsAuthSystemMastersRule } from './aws-auth-system-masters.rule';

let engine: RuleEngine;
before(async () => {
  engine = await ruleEngineFor(awsAuthSystemMastersRule);
});

const ops = { kind: 'role' as const, arn: 'arn:aws:iam::111122223333:role/ops', groups: ['system:masters'] };
const breakglass = { kind: 'user' as const, arn: 'arn:aws:iam::111122223333:user/breakglass', username: 'bg', groups: ['system:masters', 'x'] };
const nodes = { kind: 'role' as const, arn: 'arn:aws:iam::111122223333:role/nodes', groups: ['system:bootstrappers', 'system:nodes'] };

function findings(authenticationMode: string) {
  const inventory = anInventory({ eks: { clusters: [anEksCluster({ authenticationMode })], awsAuth: [anAwsAuth({ mappings: [ops, breakglass, nodes] })] } });
  return engine.evaluateAccount({ inventory, organization: anOrganization() });
}

test('fires once per role or user mapped to system:masters where the cluster reads aws-auth', () => {
  for (const mode of ['CONFIG_MAP', 'API_AND_CONFIG_MAP']) {
    const found = findings(mode);
    assert.deepEqual(
      found.map((finding) => [finding.resource.name, finding.resource.type, finding.message]),
      [
        ['kube-system/aws-auth', 'Kubernetes::ConfigMap', `aws-auth of cluster app-eks maps IAM role ${ops.arn} to system:masters.`],
        ['kube-system/aws-auth', 'Kubernetes::ConfigMap', `aws-auth of cluster app-eks maps IAM user ${breakglass.arn} to system:masters.`],
      ],
      mode,
    );
    assert.notEqual(found[0].fingerprint, found[1].fingerprint);
  }
});

test('stays silent in API mode, where EKS ignores aws-auth, and for node mappings', () => {
  assert.deepEqual(findings('API'), []);
});
