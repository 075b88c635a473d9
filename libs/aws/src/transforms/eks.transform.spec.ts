import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eksAccessEntrySchema, eksClusterSchema, eksFargateProfileSchema, eksNodegroupSchema } from '@rolecall/model';
import { accessEntryFrom, eksClusterFrom, fargateProfileFrom, nodegroupFrom, podIdentityAssociationFrom } from './eks.transform';

const place = { accountId: '111122223333', region: 'us-west-2' };

describe('EKS transforms', () => {
  test('a public cluster with only some log types enabled', () => {
    assert.deepEqual(
      eksClusterFrom(
        {
          name: 'prod',
          arn: 'arn:aws:eks:us-west-2:111122223333:cluster/prod',
          status: 'ACTIVE',
          version: '1.31',
          roleArn: 'arn:aws:iam::111122223333:role/eks',
          identity: { oidc: { issuer: 'https://oidc.eks.us-west-2.amazonaws.com/id/ABC' } },
          resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
          accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP', bootstrapClusterCreatorAdminPermissions: true },
          logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }, { types: ['scheduler'], enabled: false }] },
          tags: { env: 'prod' },
        },
        place,
      ),
      {
        arn: 'arn:aws:eks:us-west-2:111122223333:cluster/prod',
        ...place,
        name: 'prod',
        status: 'ACTIVE',
        version: '1.31',
        roleArn: 'arn:aws:iam::111122223333:role/eks',
        oidcIssuer: 'https://oidc.eks.us-west-2.amazonaws.com/id/ABC',
        endpointPublicAccess: true,
        endpointPrivateAccess: false,
        publicAccessCidrs: ['0.0.0.0/0'],
        authenticationMode: 'API_AND_CONFIG_MAP',
        bootstrapClusterCreatorAdminPermissions: true,
        encryption: [],
        enabledLogTypes: ['api', 'audit'],
        tags: { env: 'prod' },
      },
    );
  });

  test('node group, pod identity association and access entry with its policies', () => {
    assert.deepEqual(
      nodegroupFrom(
        {
          nodegroupName: 'ng',
          nodegroupArn: 'arn:ng',
          clusterName: 'prod',
          status: 'ACTIVE',
          nodeRole: 'arn:aws:iam::111122223333:role/node',
          launchTemplate: { id: 'lt-1', name: 'eks-lt', version: '2' },
          resources: { autoScalingGroups: [{ name: 'eks-ng-asg' }] },
          capacityType: 'SPOT',
        },
        place,
      ),
      {
        arn: 'arn:ng',
        ...place,
        clusterName: 'prod',
        name: 'ng',
        status: 'ACTIVE',
        nodeRoleArn: 'arn:aws:iam::111122223333:role/node',
        launchTemplate: { id: 'lt-1', name: 'eks-lt', version: '2' },
        autoScalingGroupNames: ['eks-ng-asg'],
        capacityType: 'SPOT',
        tags: {},
      },
    );
    assert.deepEqual(
      podIdentityAssociationFrom(
        {
          clusterName: 'prod',
          namespace: 'default',
          serviceAccount: 'default',
          roleArn: 'arn:aws:iam::111122223333:role/pod',
          associationArn: 'arn:assoc',
          associationId: 'a-1',
          targetRoleArn: 'arn:aws:iam::999988887777:role/target',
          disableSessionTags: false,
        },
        place,
      ),
      {
        arn: 'arn:assoc',
        ...place,
        clusterName: 'prod',
        associationId: 'a-1',
        namespace: 'default',
        serviceAccount: 'default',
        roleArn: 'arn:aws:iam::111122223333:role/pod',
        targetRoleArn: 'arn:aws:iam::999988887777:role/target',
        disableSessionTags: false,
        tags: {},
      },
    );
    assert.deepEqual(
      accessEntryFrom(
        { clusterName: 'prod', principalArn: 'arn:aws:iam::111122223333:user/bob', accessEntryArn: 'arn:entry', type: 'STANDARD', kubernetesGroups: [] },
        [{ policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', accessScope: { type: 'cluster' } }],
        place,
      ),
      {
        arn: 'arn:entry',
        ...place,
        clusterName: 'prod',
        principalArn: 'arn:aws:iam::111122223333:user/bob',
        type: 'STANDARD',
        kubernetesGroups: [],
        accessPolicies: [
          { policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', scopeType: 'cluster', namespaces: [] },
        ],
        tags: {},
      },
    );
  });
});

describe('EKS answers with optional fields missing', () => {
  const clusterArn = 'arn:aws:eks:us-west-2:111122223333:cluster/prod';

  test('a cluster without name, VPC config, logging or encryption; a null tag value', () => {
    const cluster = eksClusterFrom({ arn: clusterArn, tags: { team: 'web', owner: null as never } }, place);
    assert.deepEqual(cluster, {
      arn: clusterArn,
      ...place,
      name: 'prod',
      status: '',
      endpointPublicAccess: false,
      endpointPrivateAccess: false,
      publicAccessCidrs: [],
      encryption: [],
      enabledLogTypes: [],
      tags: { team: 'web' },
    });
    // Before: the null tag value failed the account's inventory schema, so the whole account.
    assert.deepEqual(eksClusterSchema.parse(cluster), cluster);
  });

  test('a node group without launch template, resources or tags; a profile and an access entry with nulls', () => {
    const nodegroupArn = 'arn:aws:eks:us-west-2:111122223333:nodegroup/prod/general/uuid';
    const nodegroup = nodegroupFrom({ nodegroupArn, nodegroupName: 'general', clusterName: 'prod' }, place);
    assert.deepEqual(nodegroup, { arn: nodegroupArn, ...place, clusterName: 'prod', name: 'general', status: '', autoScalingGroupNames: [], tags: {} });
    assert.deepEqual(eksNodegroupSchema.parse(nodegroup), nodegroup);
    const profile = fargateProfileFrom({ fargateProfileArn: 'arn:p', selectors: [{ labels: { app: null as never } }] }, place);
    assert.deepEqual(profile.selectors, [{ labels: {} }]);
    assert.deepEqual(eksFargateProfileSchema.parse(profile), profile);
    const entry = accessEntryFrom({ accessEntryArn: 'arn:e', kubernetesGroups: [null as never] }, [{ accessScope: {} }], place);
    assert.deepEqual([entry.kubernetesGroups, entry.accessPolicies], [[], [{ policyArn: '', scopeType: '', namespaces: [] }]]);
    assert.deepEqual(eksAccessEntrySchema.parse(entry), entry);
  });
});
