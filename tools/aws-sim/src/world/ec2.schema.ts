import { z } from 'zod';
import { arnSchema, tagSchema, timestampSchema } from './common.schema';

const httpTokens = z.enum(['optional', 'required']);
const enabledDisabled = z.enum(['enabled', 'disabled']);
const hopLimit = z.number().int().min(1).max(64);

export const instanceMetadataOptionsSchema = z.strictObject({
  State: z.enum(['pending', 'applied']).default('applied'),
  HttpTokens: httpTokens,
  HttpPutResponseHopLimit: hopLimit,
  HttpEndpoint: enabledDisabled.default('enabled'),
  HttpProtocolIpv6: enabledDisabled.optional(),
  InstanceMetadataTags: enabledDisabled.optional(),
});

const instanceStates = ['pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped'] as const;
const stateCodes: Record<(typeof instanceStates)[number], number> = {
  pending: 0, running: 16, 'shutting-down': 32, terminated: 48, stopping: 64, stopped: 80,
};

/** An EC2 instance in DescribeInstances' shape (a subset). Launch templates show as aws:ec2launchtemplate:* tags, as in AWS. */
export const instanceSchema = z.strictObject({
  InstanceId: z.string().regex(/^i-[0-9a-f]{8,17}$/),
  ReservationId: z.string().regex(/^r-[0-9a-f]{8,17}$/).optional(),
  ImageId: z.string(),
  InstanceType: z.string(),
  State: z
    .strictObject({ Name: z.enum(instanceStates), Code: z.number().int().optional() })
    .default({ Name: 'running' })
    .transform((state) => ({ Code: state.Code ?? stateCodes[state.Name], Name: state.Name })),
  LaunchTime: timestampSchema,
  Placement: z.strictObject({ AvailabilityZone: z.string(), Tenancy: z.enum(['default', 'dedicated', 'host']).optional() }).optional(),
  PrivateDnsName: z.string().optional(),
  PrivateIpAddress: z.string().optional(),
  PublicDnsName: z.string().optional(),
  PublicIpAddress: z.string().optional(),
  SubnetId: z.string().optional(),
  VpcId: z.string().optional(),
  KeyName: z.string().optional(),
  IamInstanceProfile: z.strictObject({ Arn: arnSchema, Id: z.string().optional() }).optional(),
  MetadataOptions: instanceMetadataOptionsSchema.optional(),
  SecurityGroups: z.array(z.strictObject({ GroupId: z.string(), GroupName: z.string() })).default([]),
  Tags: z.array(tagSchema).default([]),
});
export type WorldInstance = z.infer<typeof instanceSchema>;

export const launchTemplateDataSchema = z.strictObject({
  ImageId: z.string().optional(),
  InstanceType: z.string().optional(),
  KeyName: z.string().optional(),
  IamInstanceProfile: z.strictObject({ Arn: arnSchema.optional(), Name: z.string().optional() }).optional(),
  MetadataOptions: z
    .strictObject({
      State: z.enum(['pending', 'applied']).optional(),
      HttpTokens: httpTokens.optional(),
      HttpPutResponseHopLimit: hopLimit.optional(),
      HttpEndpoint: enabledDisabled.optional(),
      HttpProtocolIpv6: enabledDisabled.optional(),
      InstanceMetadataTags: enabledDisabled.optional(),
    })
    .optional(),
  UserData: z.base64().optional(),
  SecurityGroupIds: z.array(z.string()).optional(),
  TagSpecifications: z.array(z.strictObject({ ResourceType: z.string(), Tags: z.array(tagSchema) })).optional(),
});

export const launchTemplateVersionSchema = z.strictObject({
  VersionNumber: z.number().int().min(1),
  VersionDescription: z.string().optional(),
  CreateTime: timestampSchema,
  CreatedBy: arnSchema.optional(),
  LaunchTemplateData: launchTemplateDataSchema,
});

/** A launch template with all its versions; LatestVersionNumber and DefaultVersion are derived. */
export const launchTemplateSchema = z
  .strictObject({
    LaunchTemplateId: z.string().regex(/^lt-[0-9a-f]{17}$/),
    LaunchTemplateName: z.string().regex(/^[a-zA-Z0-9().\-/_]{3,128}$/),
    CreateTime: timestampSchema,
    CreatedBy: arnSchema.optional(),
    DefaultVersionNumber: z.number().int().min(1).default(1),
    Tags: z.array(tagSchema).default([]),
    Versions: z.array(launchTemplateVersionSchema).min(1),
  })
  .refine((lt) => lt.Versions.some((version) => version.VersionNumber === lt.DefaultVersionNumber), {
    message: 'DefaultVersionNumber must name one of Versions',
    path: ['DefaultVersionNumber'],
  })
  .refine((lt) => new Set(lt.Versions.map((version) => version.VersionNumber)).size === lt.Versions.length, {
    message: 'version numbers must be unique',
    path: ['Versions'],
  });
export type WorldLaunchTemplate = z.infer<typeof launchTemplateSchema>;

/** ec2:GetInstanceMetadataDefaults account-level settings for one region (absent fields = no preference). */
export const instanceMetadataDefaultsSchema = z.strictObject({
  HttpTokens: httpTokens.optional(),
  HttpPutResponseHopLimit: z.number().int().min(-1).max(64).optional(),
  HttpEndpoint: enabledDisabled.optional(),
  InstanceMetadataTags: enabledDisabled.optional(),
});

export const ec2Schema = z.strictObject({
  instances: z.array(instanceSchema).default([]),
  launchTemplates: z.array(launchTemplateSchema).default([]),
  instanceMetadataDefaults: instanceMetadataDefaultsSchema.default({}),
});
export type WorldEc2 = z.infer<typeof ec2Schema>;
