import { z } from 'zod';
import { inventoryItemSchema, metadataOptionsSchema, tagsSchema } from './common.schema';

/**
 * What Rolecall reads from decoded user data. The text itself is not kept: user data often holds secrets.
 * The ECS agent settings decide whether tasks can reach the instance role through IMDS.
 */
export const userDataFactsSchema = z.object({
  sizeBytes: z.number().int(),
  ecsCluster: z.string().optional(),
  /** ECS_AWSVPC_BLOCK_IMDS */
  ecsAwsvpcBlockImds: z.boolean().optional(),
  /** ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST */
  ecsTaskIamRoleNetworkHost: z.boolean().optional(),
  /** An iptables rule dropping container traffic to 169.254.169.254. */
  iptablesBlocksImds: z.boolean(),
});
export type UserDataFacts = z.infer<typeof userDataFactsSchema>;

export const launchTemplateRefSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  version: z.string().optional(),
});
export type LaunchTemplateRef = z.infer<typeof launchTemplateRefSchema>;

export const autoScalingGroupSchema = inventoryItemSchema.extend({
  name: z.string(),
  launchTemplate: launchTemplateRefSchema.optional(),
  /** Launch template of a mixed instances policy (overrides may name others: see launchTemplateOverrides). */
  mixedInstancesLaunchTemplate: launchTemplateRefSchema.optional(),
  launchTemplateOverrides: z.array(launchTemplateRefSchema),
  launchConfigurationName: z.string().optional(),
  instanceIds: z.array(z.string()),
  tags: tagsSchema,
});
export type AutoScalingGroup = z.infer<typeof autoScalingGroupSchema>;

/** Launch configurations that an Auto Scaling group uses. */
export const launchConfigurationSchema = inventoryItemSchema.extend({
  name: z.string(),
  imageId: z.string().optional(),
  instanceProfile: z.string().optional(),
  metadataOptions: metadataOptionsSchema.optional(),
  userData: userDataFactsSchema.optional(),
});
export type LaunchConfiguration = z.infer<typeof launchConfigurationSchema>;
