import { z } from 'zod';
import { SEVERITIES, githubUploadTargetSchema, regionListSchema, regionSchema, scanScopeSchema } from '@rolecall/model';
import { multiValueSchema } from '../common/multi-value.schema';

export const createScanSchema = z
  .object({
    scope: scanScopeSchema,
    regions: regionListSchema.optional(),
    /** Upload the SARIF to this GitHub integration when the scan completes. */
    githubUpload: githubUploadTargetSchema.optional(),
  })
  .strict();
export type CreateScanRequest = z.infer<typeof createScanSchema>;

export const scanIdSchema = z.string().uuid({ message: 'scan id must be a UUID' });

const limitSchema = z.coerce.number().int().min(1).max(500).default(50);

export const listScansQuerySchema = z
  .object({ limit: limitSchema, cursor: z.string().max(2048).optional() })
  .strict();

export const findingsQuerySchema = z
  .object({
    limit: limitSchema,
    cursor: z.string().max(2048).optional(),
    severity: multiValueSchema(SEVERITIES).optional(),
    ruleId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,127}$/, 'must be a rule id such as iam.role.trust-public').optional(),
    accountId: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    region: z.union([regionSchema, z.literal('global')]).optional(),
    resourceType: z.string().regex(/^[A-Za-z0-9:]{1,128}$/, 'must be a resource type such as AWS::IAM::Role').optional(),
  })
  .strict();
export type FindingsQuery = z.infer<typeof findingsQuerySchema>;

export const notAssessedQuerySchema = z
  .object({
    limit: limitSchema,
    cursor: z.string().max(2048).optional(),
    ruleId: findingsQuerySchema.shape.ruleId,
    accountId: findingsQuerySchema.shape.accountId,
    region: findingsQuerySchema.shape.region,
  })
  .strict();
export type NotAssessedQuery = z.infer<typeof notAssessedQuerySchema>;
