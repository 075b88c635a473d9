import { z } from 'zod';

/** Every inventoried item carries where it lives. IAM items use region "global". */
export const inventoryItemSchema = z.object({
  arn: z.string().min(1),
  accountId: z.string().regex(/^\d{12}$/),
  region: z.string().min(1),
});

export const GLOBAL_REGION = 'global';

export const tagsSchema = z.record(z.string(), z.string());
export type Tags = z.infer<typeof tagsSchema>;

/** A policy document decoded from IAM's URL-encoded JSON; the rules parse it with their own policy library. */
export const policyDocumentSchema = z.unknown();
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;

/** IMDS settings as EC2 reports them on instances, launch templates, launch configurations and account defaults. */
export const metadataOptionsSchema = z.object({
  httpTokens: z.string().optional(),
  httpPutResponseHopLimit: z.number().int().optional(),
  httpEndpoint: z.string().optional(),
  instanceMetadataTags: z.string().optional(),
  state: z.string().optional(),
});
export type MetadataOptions = z.infer<typeof metadataOptionsSchema>;
