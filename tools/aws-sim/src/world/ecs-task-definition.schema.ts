import { z } from 'zod';
import { arnSchema, lowerTagSchema, timestampSchema } from './common.schema';

const nameValue = z.strictObject({ name: z.string(), value: z.string() });

export const containerDefinitionSchema = z.strictObject({
  name: z.string().min(1),
  image: z.string().min(1),
  essential: z.boolean().optional(),
  cpu: z.number().int().min(0).optional(),
  memory: z.number().int().min(1).optional(),
  memoryReservation: z.number().int().min(1).optional(),
  user: z.string().optional(),
  privileged: z.boolean().optional(),
  readonlyRootFilesystem: z.boolean().optional(),
  environment: z.array(nameValue).optional(),
  environmentFiles: z.array(z.strictObject({ value: z.string(), type: z.literal('s3') })).optional(),
  secrets: z.array(z.strictObject({ name: z.string(), valueFrom: z.string() })).optional(),
  mountPoints: z.array(z.strictObject({ sourceVolume: z.string(), containerPath: z.string(), readOnly: z.boolean().optional() })).optional(),
  portMappings: z
    .array(z.strictObject({ containerPort: z.number().int(), hostPort: z.number().int().optional(), protocol: z.enum(['tcp', 'udp']).optional() }))
    .optional(),
  linuxParameters: z
    .strictObject({
      capabilities: z.strictObject({ add: z.array(z.string()).optional(), drop: z.array(z.string()).optional() }).optional(),
      initProcessEnabled: z.boolean().optional(),
    })
    .optional(),
  logConfiguration: z.strictObject({ logDriver: z.string(), options: z.record(z.string(), z.string()).optional() }).optional(),
  command: z.array(z.string()).optional(),
  entryPoint: z.array(z.string()).optional(),
  workingDirectory: z.string().optional(),
  repositoryCredentials: z.strictObject({ credentialsParameter: z.string() }).optional(),
  dockerLabels: z.record(z.string(), z.string()).optional(),
});

const volumeSchema = z.strictObject({
  name: z.string(),
  host: z.strictObject({ sourcePath: z.string().optional() }).optional(),
  efsVolumeConfiguration: z.strictObject({ fileSystemId: z.string(), rootDirectory: z.string().optional() }).optional(),
});

const compatibility = z.enum(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);

/** One revision of a task definition, in DescribeTaskDefinition's shape; taskDefinitionArn is derived when absent. */
export const taskDefinitionSchema = z.strictObject({
  family: z.string().regex(/^[a-zA-Z0-9_-]{1,255}$/),
  revision: z.number().int().min(1),
  taskDefinitionArn: arnSchema.optional(),
  status: z.enum(['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS']).default('ACTIVE'),
  taskRoleArn: arnSchema.optional(),
  executionRoleArn: arnSchema.optional(),
  networkMode: z.enum(['bridge', 'host', 'awsvpc', 'none']).optional(),
  pidMode: z.enum(['host', 'task']).optional(),
  ipcMode: z.enum(['host', 'task', 'none']).optional(),
  containerDefinitions: z.array(containerDefinitionSchema).min(1),
  volumes: z.array(volumeSchema).default([]),
  requiresCompatibilities: z.array(compatibility).optional(),
  compatibilities: z.array(compatibility).optional(),
  cpu: z.string().optional(),
  memory: z.string().optional(),
  registeredAt: timestampSchema,
  registeredBy: arnSchema.optional(),
  deregisteredAt: timestampSchema.optional(),
  tags: z.array(lowerTagSchema).default([]),
});
export type WorldTaskDefinition = z.infer<typeof taskDefinitionSchema>;
