import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { userDataFacts } from './user-data';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('userDataFacts', () => {
  test('reads the ECS agent settings and the iptables IMDS block from a shell script', () => {
    const script = [
      '#!/bin/bash',
      'echo ECS_CLUSTER=prod-cluster >> /etc/ecs/ecs.config',
      'echo ECS_AWSVPC_BLOCK_IMDS=false >> /etc/ecs/ecs.config',
      'echo "ECS_AWSVPC_BLOCK_IMDS=true" >> /etc/ecs/ecs.config',
      'echo ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST=false >> /etc/ecs/ecs.config',
      'iptables --insert FORWARD 1 --in-interface docker+ --destination 169.254.169.254/32 --jump DROP',
    ].join('\n');
    assert.deepEqual(userDataFacts(base64(script)), {
      sizeBytes: Buffer.byteLength(script),
      ecsCluster: 'prod-cluster',
      ecsAwsvpcBlockImds: true,
      ecsTaskIamRoleNetworkHost: false,
      iptablesBlocksImds: true,
    });
  });

  test('gzip user data is decoded; unset settings stay absent', () => {
    const script = '#!/bin/bash\n/etc/eks/bootstrap.sh my-cluster\n';
    assert.deepEqual(userDataFacts(gzipSync(Buffer.from(script)).toString('base64')), {
      sizeBytes: Buffer.byteLength(script),
      iptablesBlocksImds: false,
    });
  });

  test('an iptables rule accepting IMDS traffic is not a block; no user data gives nothing', () => {
    const script = 'iptables -A OUTPUT -d 169.254.169.254 -j ACCEPT\n';
    assert.equal(userDataFacts(base64(script))?.iptablesBlocksImds, false);
    assert.equal(userDataFacts(undefined), undefined);
    assert.equal(userDataFacts(''), undefined);
  });
});
