import { z } from 'zod';
import { arnSchema, timestampSchema } from './common.schema';

const launchTemplateSpecSchema = z.strictObject({
  LaunchTemplateId: z.string().optional(),
  LaunchTemplateName: z.string().optional(),
  Version: z.string().optional(),
});

const asgTagSchema = z.strictObject({ Key: z.string().min(1), Value: z.string(), PropagateAtLaunch: z.boolean().default(true) });

const asgInstanceSchema = z.strictObject({
  InstanceId: z.string(),
  InstanceType: z.string().optional(),
  AvailabilityZone: z.string(),
  LifecycleState: z.string().default('InService'),
  HealthStatus: z.string().default('Healthy'),
  ProtectedFromScaleIn: z.boolean().default(false),
  LaunchConfigurationName: z.string().optional(),
  LaunchTemplate: launchTemplateSpecSchema.optional(),
});

/** An Auto Scaling group in DescribeAutoScalingGroups' shape (a subset). */
export const autoScalingGroupSchema = z.strictObject({
  AutoScalingGroupName: z.string().min(1),
  AutoScalingGroupARN: arnSchema.optional(),
  LaunchConfigurationName: z.string().optional(),
  LaunchTemplate: launchTemplateSpecSchema.optional(),
  MixedInstancesPolicy: z
    .strictObject({
      LaunchTemplate: z.strictObject({
        LaunchTemplateSpecification: launchTemplateSpecSchema,
        Overrides: z.array(z.strictObject({ InstanceType: z.string().optional(), LaunchTemplateSpecification: launchTemplateSpecSchema.optional() })).optional(),
      }),
    })
    .optional(),
  MinSize: z.number().int().min(0),
  MaxSize: z.number().int().min(0),
  DesiredCapacity: z.number().int().min(0),
  DefaultCooldown: z.number().int().default(300),
  AvailabilityZones: z.array(z.string()).default([]),
  HealthCheckType: z.string().default('EC2'),
  HealthCheckGracePeriod: z.number().int().default(300),
  CreatedTime: timestampSchema,
  VPCZoneIdentifier: z.string().optional(),
  Instances: z.array(asgInstanceSchema).default([]),
  Tags: z.array(asgTagSchema).default([]),
  ServiceLinkedRoleARN: arnSchema.optional(),
});
export type WorldAutoScalingGroup = z.infer<typeof autoScalingGroupSchema>;

/** A launch configuration in DescribeLaunchConfigurations' shape (a subset). */
export const launchConfigurationSchema = z.strictObject({
  LaunchConfigurationName: z.string().min(1),
  LaunchConfigurationARN: arnSchema.optional(),
  ImageId: z.string(),
  InstanceType: z.string(),
  CreatedTime: timestampSchema,
  KeyName: z.string().optional(),
  SecurityGroups: z.array(z.string()).default([]),
  UserData: z.base64().optional(),
  IamInstanceProfile: z.string().optional(),
  MetadataOptions: z
    .strictObject({
      HttpTokens: z.enum(['optional', 'required']).optional(),
      HttpPutResponseHopLimit: z.number().int().min(1).max(64).optional(),
      HttpEndpoint: z.enum(['enabled', 'disabled']).optional(),
    })
    .optional(),
});
export type WorldLaunchConfiguration = z.infer<typeof launchConfigurationSchema>;

export const autoScalingSchema = z.strictObject({
  autoScalingGroups: z.array(autoScalingGroupSchema).default([]),
  launchConfigurations: z.array(launchConfigurationSchema).default([]),
});
export type WorldAutoScaling = z.infer<typeof autoScalingSchema>;
