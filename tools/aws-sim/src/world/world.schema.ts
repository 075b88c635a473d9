import { z } from 'zod';
import { faultsSchema } from '../faults/faults.schema';
import { autoScalingSchema } from './autoscaling.schema';
import { accountIdSchema, arnSchema, regionNameSchema, timestampSchema } from './common.schema';
import { ec2Schema } from './ec2.schema';
import { ecsSchema } from './ecs.schema';
import { eksSchema } from './eks.schema';
import { iamSchema } from './iam.schema';

/** Everything one account holds in one region. */
export const regionalSchema = z.strictObject({
  ec2: ec2Schema.default({ instances: [], launchTemplates: [], instanceMetadataDefaults: {} }),
  autoscaling: autoScalingSchema.default({ autoScalingGroups: [], launchConfigurations: [] }),
  ecs: ecsSchema.default({ clusters: [], taskDefinitions: [] }),
  eks: eksSchema.default({ clusters: [] }),
});
export type WorldRegional = z.infer<typeof regionalSchema>;

export const accountSchema = z.strictObject({
  id: accountIdSchema,
  name: z.string().min(1),
  email: z.email().optional(),
  status: z.enum(['ACTIVE', 'SUSPENDED', 'PENDING_CLOSURE']).default('ACTIVE'),
  joinedMethod: z.enum(['INVITED', 'CREATED']).default('CREATED'),
  joinedTimestamp: timestampSchema,
  /** Regions enabled for the account; calls to any other region fail as AWS fails them. */
  regions: z.array(regionNameSchema).min(1),
  iam: iamSchema.default({ roles: [], policies: [], openIdConnectProviders: [] }),
  regional: z.partialRecord(regionNameSchema, regionalSchema).default({}),
});
export type WorldAccount = z.infer<typeof accountSchema>;

export const worldSchema = z.strictObject({
  organization: z.strictObject({
    id: z.string().regex(/^o-[a-z0-9]{10,32}$/, 'must look like o-abcdef1234'),
    managementAccountId: accountIdSchema,
    featureSet: z.enum(['ALL', 'CONSOLIDATED_BILLING']).default('ALL'),
  }),
  /** Who the scanner is: every access key the simulator did not issue is this principal. */
  scanner: z.strictObject({
    principalArn: arnSchema.regex(/^arn:aws:iam::\d{12}:(role|user)\/.+$/, 'must be an IAM role or user ARN'),
    sessionName: z.string().regex(/^[\w+=,.@-]{2,64}$/).default('rolecall'),
  }),
  accounts: z.array(accountSchema).min(1),
  faults: faultsSchema.optional(),
});
/** A world as written in a world file (defaults may be omitted). */
export type World = z.input<typeof worldSchema>;
/** A validated world with defaults filled in. */
export type ValidWorld = z.output<typeof worldSchema>;
