import type { RestJsonService } from '../service';
import { describeAccessEntry, listAccessEntries, listAssociatedAccessPolicies } from './access-entries.op';
import { describeCluster, listClusters } from './clusters.op';
import { describeFargateProfile, describeNodegroup, listFargateProfiles, listNodegroups } from './nodegroups.op';
import { describePodIdentityAssociation, listPodIdentityAssociations } from './pod-identity.op';

export const eksService: RestJsonService = {
  name: 'eks',
  protocol: 'rest-json',
  global: false,
  routes: [
    { method: 'GET', path: '/clusters', operation: 'ListClusters', handler: listClusters },
    { method: 'GET', path: '/clusters/{name}', operation: 'DescribeCluster', handler: describeCluster },
    { method: 'GET', path: '/clusters/{name}/node-groups', operation: 'ListNodegroups', handler: listNodegroups },
    { method: 'GET', path: '/clusters/{name}/node-groups/{nodegroupName}', operation: 'DescribeNodegroup', handler: describeNodegroup },
    { method: 'GET', path: '/clusters/{name}/fargate-profiles', operation: 'ListFargateProfiles', handler: listFargateProfiles },
    { method: 'GET', path: '/clusters/{name}/fargate-profiles/{fargateProfileName}', operation: 'DescribeFargateProfile', handler: describeFargateProfile },
    { method: 'GET', path: '/clusters/{name}/pod-identity-associations', operation: 'ListPodIdentityAssociations', handler: listPodIdentityAssociations },
    { method: 'GET', path: '/clusters/{name}/pod-identity-associations/{associationId}', operation: 'DescribePodIdentityAssociation', handler: describePodIdentityAssociation },
    { method: 'GET', path: '/clusters/{name}/access-entries', operation: 'ListAccessEntries', handler: listAccessEntries },
    { method: 'GET', path: '/clusters/{name}/access-entries/{principalArn}', operation: 'DescribeAccessEntry', handler: describeAccessEntry },
    { method: 'GET', path: '/clusters/{name}/access-entries/{principalArn}/access-policies', operation: 'ListAssociatedAccessPolicies', handler: listAssociatedAccessPolicies },
  ],
};
