import { z } from 'zod';
import { inventoryItemSchema, metadataOptionsSchema, tagsSchema } from './common.schema';
import { autoScalingGroupSchema, launchConfigurationSchema, userDataFactsSchema } from './autoscaling.schema';

export const ec2InstanceSchema = inventoryItemSchema.extend({
  instanceId: z.string(),
  state: z.string(),
  imageId: z.string().optional(),
  instanceProfileArn: z.string().optional(),
  metadataOptions: metadataOptionsSchema,
  launchTemplate: z.object({ id: z.string(), version: z.string().optional() }).optional(),
  vpcId: z.string().optional(),
  subnetId: z.string().optional(),
  hasPublicIp: z.boolean(),
  tags: tagsSchema,
});
export type Ec2Instance = z.infer<typeof ec2InstanceSchema>;

export const launchTemplateVersionSchema = z.object({
  versionNumber: z.number().int(),
  isDefault: z.boolean(),
  imageId: z.string().optional(),
  /** Absent when the version sets none: the instance inherits the AMI's and the account's defaults. */
  metadataOptions: metadataOptionsSchema.optional(),
  instanceProfile: z.object({ arn: z.string().optional(), name: z.string().optional() }).optional(),
  userData: userDataFactsSchema.optional(),
});
export type LaunchTemplateVersion = z.infer<typeof launchTemplateVersionSchema>;

/** A launch template with its $Default and $Latest versions and every version something uses. */
export const launchTemplateSchema = inventoryItemSchema.extend({
  launchTemplateId: z.string(),
  name: z.string(),
  defaultVersionNumber: z.number().int(),
  latestVersionNumber: z.number().int(),
  versions: z.array(launchTemplateVersionSchema),
  tags: tagsSchema,
});
export type LaunchTemplate = z.infer<typeof launchTemplateSchema>;

/** The account's instance metadata defaults in one region (ec2:GetInstanceMetadataDefaults). */
export const instanceMetadataDefaultsSchema = metadataOptionsSchema.extend({ region: z.string() });
export type InstanceMetadataDefaults = z.infer<typeof instanceMetadataDefaultsSchema>;

export const ec2InventorySchema = z.object({
  instances: z.array(ec2InstanceSchema),
  launchTemplates: z.array(launchTemplateSchema),
  autoScalingGroups: z.array(autoScalingGroupSchema),
  launchConfigurations: z.array(launchConfigurationSchema),
  metadataDefaults: z.array(instanceMetadataDefaultsSchema),
});
export type Ec2Inventory = z.infer<typeof ec2InventorySchema>;
