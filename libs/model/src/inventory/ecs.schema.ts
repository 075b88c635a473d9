import { z } from 'zod';
import { inventoryItemSchema, tagsSchema } from './common.schema';
import { ecsTaskDefinitionSchema } from './ecs-task-definition.schema';

export const ecsClusterSchema = inventoryItemSchema.extend({
  name: z.string(),
  status: z.string(),
  containerInsights: z.string().optional(),
  executeCommandLogging: z.string().optional(),
  capacityProviders: z.array(z.string()),
  tags: tagsSchema,
});
export type EcsCluster = z.infer<typeof ecsClusterSchema>;

export const ecsServiceSchema = inventoryItemSchema.extend({
  name: z.string(),
  clusterArn: z.string(),
  status: z.string(),
  /** The service's current task definition; rollouts may run others (deploymentTaskDefinitionArns). */
  taskDefinitionArn: z.string(),
  deploymentTaskDefinitionArns: z.array(z.string()),
  launchType: z.string().optional(),
  capacityProviders: z.array(z.string()),
  platformVersion: z.string().optional(),
  roleArn: z.string().optional(),
  desiredCount: z.number().int(),
  runningCount: z.number().int(),
  enableExecuteCommand: z.boolean(),
  network: z
    .object({ subnets: z.array(z.string()), securityGroups: z.array(z.string()), assignPublicIp: z.boolean() })
    .optional(),
  tags: tagsSchema,
});
export type EcsService = z.infer<typeof ecsServiceSchema>;

export const ecsTaskSchema = inventoryItemSchema.extend({
  clusterArn: z.string(),
  taskDefinitionArn: z.string(),
  lastStatus: z.string(),
  launchType: z.string().optional(),
  containerInstanceArn: z.string().optional(),
  group: z.string().optional(),
  enableExecuteCommand: z.boolean(),
});
export type EcsTask = z.infer<typeof ecsTaskSchema>;

export const ecsContainerInstanceSchema = inventoryItemSchema.extend({
  clusterArn: z.string(),
  ec2InstanceId: z.string().optional(),
  status: z.string(),
  agentConnected: z.boolean(),
  agentVersion: z.string().optional(),
});
export type EcsContainerInstance = z.infer<typeof ecsContainerInstanceSchema>;

export const ecsInventorySchema = z.object({
  clusters: z.array(ecsClusterSchema),
  services: z.array(ecsServiceSchema),
  tasks: z.array(ecsTaskSchema),
  taskDefinitions: z.array(ecsTaskDefinitionSchema),
  containerInstances: z.array(ecsContainerInstanceSchema),
});
export type EcsInventory = z.infer<typeof ecsInventorySchema>;
