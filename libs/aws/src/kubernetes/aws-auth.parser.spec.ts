import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAwsAuthMappings } from './aws-auth.parser';

test('mapRoles in YAML: ARN, username and groups of each entry', () => {
  const text = [
    '- rolearn: arn:aws:iam::111111111111:role/nodes',
    '  username: system:node:{{EC2PrivateDNSName}}',
    '  groups:',
    '    - system:bootstrappers',
    '    - system:nodes',
    '- rolearn: "arn:aws:iam::111111111111:role/ops"',
    '  groups: [system:masters]',
  ].join('\n');
  assert.deepEqual(parseAwsAuthMappings(text, 'role'), {
    mappings: [
      { kind: 'role', arn: 'arn:aws:iam::111111111111:role/nodes', username: 'system:node:{{EC2PrivateDNSName}}', groups: ['system:bootstrappers', 'system:nodes'] },
      { kind: 'role', arn: 'arn:aws:iam::111111111111:role/ops', groups: ['system:masters'] },
    ],
    unparsed: 0,
  });
});

test('entries without an ARN, and documents that are not a list, are counted as unparsed', () => {
  assert.deepEqual(parseAwsAuthMappings('- username: x\n- userarn: arn:aws:iam::1:user/a', 'user').unparsed, 1);
  assert.deepEqual(parseAwsAuthMappings('rolearn: x', 'role'), { mappings: [], unparsed: 1 });
  assert.deepEqual(parseAwsAuthMappings('- [unclosed', 'role'), { mappings: [], unparsed: 1 });
  assert.deepEqual(parseAwsAuthMappings(undefined, 'role'), { mappings: [], unparsed: 0 });
});
