import { z } from 'zod';
import { isKnownRegion } from './regions';

export const accountIdSchema = z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id');

/** ISO 8601 UTC timestamp, e.g. 2024-05-01T12:00:00Z. */
export const timestampSchema = z.iso.datetime({ message: 'must be an ISO 8601 UTC timestamp like 2024-05-01T12:00:00Z' });

export const regionNameSchema = z.string().refine(isKnownRegion, { message: 'unknown AWS region' });

export const arnSchema = z.string().regex(/^arn:aws:[a-z0-9-]+:[a-z0-9-]*:(\d{12}|aws)?:.+$/, 'must be an AWS ARN');

/** Tag as the query and EC2 APIs spell it. */
export const tagSchema = z.strictObject({ Key: z.string().min(1), Value: z.string() });

/** Tag as ECS spells it. */
export const lowerTagSchema = z.strictObject({ key: z.string().min(1), value: z.string() });

/** Tags as EKS spells them: a map. */
export const tagMapSchema = z.record(z.string(), z.string());

const stringOrList = z.union([z.string(), z.array(z.string())]);

const principalSchema = z.union([z.literal('*'), z.record(z.string(), stringOrList)]);

const conditionValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);

export const policyStatementSchema = z.strictObject({
  Sid: z.string().optional(),
  Effect: z.enum(['Allow', 'Deny']),
  Principal: principalSchema.optional(),
  NotPrincipal: principalSchema.optional(),
  Action: stringOrList.optional(),
  NotAction: stringOrList.optional(),
  Resource: stringOrList.optional(),
  NotResource: stringOrList.optional(),
  Condition: z.record(z.string(), z.record(z.string(), conditionValue)).optional(),
});
export type PolicyStatement = z.infer<typeof policyStatementSchema>;

/** An IAM policy document as JSON (the simulator URL-encodes it when serving, as IAM does). */
export const policyDocumentSchema = z.strictObject({
  Version: z.enum(['2012-10-17', '2008-10-17']).optional(),
  Id: z.string().optional(),
  Statement: z.union([policyStatementSchema, z.array(policyStatementSchema)]),
});
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
