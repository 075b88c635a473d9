import { z } from 'zod';
import { arnSchema, lowerTagSchema, timestampSchema } from './common.schema';
import { taskDefinitionSchema } from './ecs-task-definition.schema';

const launchType = z.enum(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);

/** A service in DescribeServices' shape (a subset); serviceArn is derived when absent. */
export const serviceSchema = z.strictObject({
  serviceName: z.string().min(1),
  serviceArn: arnSchema.optional(),
  status: z.enum(['ACTIVE', 'DRAINING', 'INACTIVE']).default('ACTIVE'),
  taskDefinition: z.string().min(1),
  desiredCount: z.number().int().min(0),
  runningCount: z.number().int().min(0),
  pendingCount: z.number().int().min(0).default(0),
  launchType: launchType.optional(),
  platformVersion: z.string().optional(),
  schedulingStrategy: z.enum(['REPLICA', 'DAEMON']).default('REPLICA'),
  networkConfiguration: z
    .strictObject({
      awsvpcConfiguration: z.strictObject({
        subnets: z.array(z.string()),
        securityGroups: z.array(z.string()).optional(),
        assignPublicIp: z.enum(['ENABLED', 'DISABLED']).optional(),
      }),
    })
    .optional(),
  enableExecuteCommand: z.boolean().optional(),
  createdAt: timestampSchema,
  createdBy: arnSchema.optional(),
  tags: z.array(lowerTagSchema).default([]),
});
export type WorldService = z.infer<typeof serviceSchema>;

export const containerInstanceSchema = z.strictObject({
  containerInstanceArn: arnSchema,
  ec2InstanceId: z.string().regex(/^i-[0-9a-f]{8,17}$/),
  status: z.enum(['ACTIVE', 'DRAINING', 'INACTIVE', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED']).default('ACTIVE'),
  agentConnected: z.boolean().default(true),
  runningTasksCount: z.number().int().min(0).optional(),
  pendingTasksCount: z.number().int().min(0).default(0),
  versionInfo: z.strictObject({ agentVersion: z.string().optional(), dockerVersion: z.string().optional() }).optional(),
  attributes: z.array(z.strictObject({ name: z.string(), value: z.string().optional() })).default([]),
  registeredAt: timestampSchema,
  tags: z.array(lowerTagSchema).default([]),
});
export type WorldContainerInstance = z.infer<typeof containerInstanceSchema>;

export const taskSchema = z.strictObject({
  taskArn: arnSchema,
  taskDefinitionArn: arnSchema,
  containerInstanceArn: arnSchema.optional(),
  group: z.string().optional(),
  startedBy: z.string().optional(),
  lastStatus: z.string().default('RUNNING'),
  desiredStatus: z.enum(['RUNNING', 'PENDING', 'STOPPED']).default('RUNNING'),
  launchType: launchType,
  platformVersion: z.string().optional(),
  availabilityZone: z.string().optional(),
  cpu: z.string().optional(),
  memory: z.string().optional(),
  createdAt: timestampSchema,
  startedAt: timestampSchema.optional(),
  enableExecuteCommand: z.boolean().optional(),
  overrides: z
    .strictObject({
      taskRoleArn: arnSchema.optional(),
      executionRoleArn: arnSchema.optional(),
      containerOverrides: z.array(z.strictObject({ name: z.string(), environment: z.array(z.strictObject({ name: z.string(), value: z.string() })).optional() })).default([]),
    })
    .optional(),
  containers: z.array(z.strictObject({ name: z.string(), image: z.string().optional(), lastStatus: z.string().optional() })).default([]),
  tags: z.array(lowerTagSchema).default([]),
});
export type WorldTask = z.infer<typeof taskSchema>;

/** A cluster in DescribeClusters' shape plus its services, container instances and tasks. */
export const clusterSchema = z.strictObject({
  clusterName: z.string().regex(/^[a-zA-Z0-9_-]{1,255}$/),
  clusterArn: arnSchema.optional(),
  status: z.enum(['ACTIVE', 'PROVISIONING', 'DEPROVISIONING', 'FAILED', 'INACTIVE']).default('ACTIVE'),
  settings: z.array(z.strictObject({ name: z.literal('containerInsights'), value: z.string() })).optional(),
  capacityProviders: z.array(z.string()).optional(),
  configuration: z
    .strictObject({
      executeCommandConfiguration: z
        .strictObject({ kmsKeyId: z.string().optional(), logging: z.enum(['NONE', 'DEFAULT', 'OVERRIDE']).optional() })
        .optional(),
    })
    .optional(),
  tags: z.array(lowerTagSchema).default([]),
  services: z.array(serviceSchema).default([]),
  containerInstances: z.array(containerInstanceSchema).default([]),
  tasks: z.array(taskSchema).default([]),
});
export type WorldCluster = z.infer<typeof clusterSchema>;

export const ecsSchema = z.strictObject({
  clusters: z.array(clusterSchema).default([]),
  taskDefinitions: z.array(taskDefinitionSchema).default([]),
});
export type WorldEcs = z.infer<typeof ecsSchema>;
