import type { AccountInventory } from '@rolecall/model';
import { PROD_EC2 } from './prod-expected-ec2.fixture';
import { PROD_ECS } from './prod-expected-ecs.fixture';
import { PROD_EKS } from './prod-expected-eks.fixture';
import { PROD_IAM } from './prod-expected-iam.fixture';

/** The workloads-prod account of the test world, collected whole in its three enabled regions. */
/** The legacy cluster's endpoint is private: its Kubernetes API is not read, and every read says so. */
export const LEGACY_CLUSTER_GAPS = ['GetConfigMap', 'ListClusterRoleBindings', 'ListPods', 'ListServiceAccounts'].map((operation) => ({
  service: 'k8s',
  operation,
  region: 'eu-west-1',
  errorCode: 'PrivateEndpoint',
  message: 'the cluster endpoint is private; Rolecall reads only public endpoints',
  resource: 'arn:aws:eks:eu-west-1:222222222222:cluster/legacy',
}));

export const PROD_INVENTORY: AccountInventory = {
  accountId: '222222222222',
  accountName: 'workloads-prod',
  regions: ['eu-west-1', 'us-east-1', 'us-west-2'],
  iam: PROD_IAM,
  ecs: PROD_ECS,
  ec2: PROD_EC2,
  eks: PROD_EKS,
  gaps: LEGACY_CLUSTER_GAPS,
};
