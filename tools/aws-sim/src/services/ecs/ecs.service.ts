import type { JsonService } from '../service';
import { describeClusters, listClusters } from './clusters.op';
import { describeContainerInstances, listContainerInstances } from './container-instances.op';
import { describeServices, listServices } from './services.op';
import { describeTaskDefinition, listTaskDefinitionFamilies, listTaskDefinitions } from './task-definitions.op';
import { describeTasks, listTasks } from './tasks.op';

export const ecsService: JsonService = {
  name: 'ecs',
  protocol: 'json',
  global: false,
  targetPrefix: 'AmazonEC2ContainerServiceV20141113',
  messageKey: 'message',
  operations: {
    ListClusters: listClusters,
    DescribeClusters: describeClusters,
    ListServices: listServices,
    DescribeServices: describeServices,
    ListTaskDefinitionFamilies: listTaskDefinitionFamilies,
    ListTaskDefinitions: listTaskDefinitions,
    DescribeTaskDefinition: describeTaskDefinition,
    ListContainerInstances: listContainerInstances,
    DescribeContainerInstances: describeContainerInstances,
    ListTasks: listTasks,
    DescribeTasks: describeTasks,
  },
};
