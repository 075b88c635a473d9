import { z } from 'zod';
import { inventoryItemSchema, tagsSchema } from './common.schema';

/** What an environment value looks like; the value itself never enters the inventory. */
export const ENV_VALUE_KINDS = ['empty', 'aws-access-key-id', 'aws-secret-access-key', 'text'] as const;
export const envValueKindSchema = z.enum(ENV_VALUE_KINDS);
export type EnvValueKind = z.infer<typeof envValueKindSchema>;

export const containerDefinitionSchema = z.object({
  name: z.string(),
  image: z.string().optional(),
  essential: z.boolean().optional(),
  privileged: z.boolean().optional(),
  user: z.string().optional(),
  readonlyRootFilesystem: z.boolean().optional(),
  capabilitiesAdd: z.array(z.string()),
  capabilitiesDrop: z.array(z.string()),
  environment: z.array(z.object({ name: z.string(), valueKind: envValueKindSchema })),
  secrets: z.array(z.object({ name: z.string(), valueFrom: z.string() })),
  repositoryCredentialsArn: z.string().optional(),
  mountPoints: z.array(z.object({ sourceVolume: z.string(), containerPath: z.string(), readOnly: z.boolean() })),
});
export type ContainerDefinition = z.infer<typeof containerDefinitionSchema>;

export const ecsTaskDefinitionSchema = inventoryItemSchema.extend({
  family: z.string(),
  revision: z.number().int(),
  status: z.string(),
  /** True when this is the family's latest ACTIVE revision (others are here because something runs them). */
  latestActive: z.boolean(),
  taskRoleArn: z.string().optional(),
  executionRoleArn: z.string().optional(),
  networkMode: z.string().optional(),
  pidMode: z.string().optional(),
  ipcMode: z.string().optional(),
  requiresCompatibilities: z.array(z.string()),
  volumes: z.array(z.object({ name: z.string(), hostSourcePath: z.string().optional() })),
  containers: z.array(containerDefinitionSchema),
  tags: tagsSchema,
});
export type EcsTaskDefinition = z.infer<typeof ecsTaskDefinitionSchema>;
