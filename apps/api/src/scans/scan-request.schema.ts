import { z } from 'zod';
import { SEVERITIES, githubUploadTargetSchema, regionListSchema, regionSchema, scanScopeSchema } from '@rolecall/model';
import { multiValueSchema } from '../common/multi-value.schema';
import { cursorParam, limitParam } from '../contract/page.schema';
import { FINDING_STATES } from '../findings/finding.response';

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

export const listScansQuerySchema = z.object({ limit: limitParam, cursor: cursorParam }).strict();
export type ListScansQuery = z.infer<typeof listScansQuerySchema>;

export const findingsQuerySchema = z
  .object({
    limit: limitParam,
    cursor: cursorParam,
    severity: multiValueSchema(SEVERITIES).optional(),
    /** Decided per page after the previous scan is consulted: a page may hold fewer than `limit` items; follow nextCursor. */
    state: multiValueSchema(FINDING_STATES)
      .optional()
      .meta({ description: 'new, unchanged, or both; a page may then hold fewer than limit items: follow nextCursor until null' }),
    ruleId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,127}$/, 'must be a rule id such as iam.role.trust-public').optional(),
    accountId: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id').optional(),
    region: z.union([regionSchema, z.literal('global')]).optional(),
    resourceType: z.string().regex(/^[A-Za-z0-9:]{1,128}$/, 'must be a resource type such as AWS::IAM::Role').optional(),
  })
  .strict();
export type FindingsQuery = z.infer<typeof findingsQuerySchema>;

export const notAssessedQuerySchema = z
  .object({
    limit: limitParam,
    cursor: cursorParam,
    ruleId: findingsQuerySchema.shape.ruleId,
    accountId: findingsQuerySchema.shape.accountId,
    region: findingsQuerySchema.shape.region,
  })
  .strict();
export type NotAssessedQuery = z.infer<typeof notAssessedQuerySchema>;
