import { z } from 'zod';
import { SEVERITIES, carriedSchema, resourceRefSchema } from '@rolecall/model';
import { pageOf } from '../contract/page.schema';

/** new: not in the previous completed scan of the same scope; unchanged: it was (or the finding is carried). */
export const FINDING_STATES = ['new', 'unchanged'] as const;

/** A finding as every endpoint serves it (presentFinding is typed from this). */
export const findingSchema = z.object({
  id: z.string().uuid(),
  fingerprint: z.string(),
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  message: z.string(),
  accountId: z.string().regex(/^\d{12}$/),
  region: z.string().meta({ description: 'An AWS region, or "global" for IAM' }),
  resource: resourceRefSchema,
  relatedResources: z.array(z.string()),
  evidence: z.record(z.string(), z.unknown()).meta({ description: 'Facts that made the rule fire; never a secret value' }),
  remediation: z.string(),
  risk: z.string().meta({ description: "Why it matters, from the rule's catalog entry (empty for a rule this build no longer has)" }),
  references: z.array(z.string()).meta({ description: "Where to read more, from the rule's catalog entry" }),
  carried: carriedSchema.nullable().meta({ description: 'Set when the rule could not assess the resource in this scan: the last assessed result, shown again' }),
});
export type FindingResponse = z.infer<typeof findingSchema>;

export const annotatedFindingSchema = findingSchema.extend({
  state: z.enum(FINDING_STATES),
  suppression: z
    .object({ id: z.string().uuid(), reason: z.string(), expiresAt: z.string().nullable(), createdBy: z.string().nullable() })
    .nullable()
    .meta({ description: 'The suppression that applies, or null' }),
});
export type AnnotatedFindingResponse = z.infer<typeof annotatedFindingSchema>;

/** GET /v1/findings: each finding also names the scan it comes from. */
export const currentFindingSchema = annotatedFindingSchema.extend({ scanId: z.string().uuid() });

export const scanFindingsPageSchema = pageOf(annotatedFindingSchema);
export const currentFindingsPageSchema = pageOf(currentFindingSchema);

export const diffSchema = z.object({
  scanId: z.string().uuid(),
  previousScanId: z.string().uuid().nullable(),
  summary: z.object({ new: z.number().int(), unchanged: z.number().int(), resolved: z.number().int() }),
  new: z.array(annotatedFindingSchema),
  unchanged: z.array(annotatedFindingSchema),
  resolved: z.array(findingSchema),
});
export type DiffResponse = z.infer<typeof diffSchema>;

/** The SARIF 2.1.0 log, described loosely: its full schema is OASIS's, not ours. */
export const sarifLogSchema = z.looseObject({
  version: z.literal('2.1.0'),
  $schema: z.string().optional(),
  runs: z.array(z.looseObject({ tool: z.looseObject({ driver: z.looseObject({ name: z.string() }) }), results: z.array(z.looseObject({})) })),
});

/** The findings CSV: a header row, then one record per finding (RFC 4180 quoting). */
export const FINDINGS_CSV_CONTENT = {
  mediaType: 'text/csv',
  schema: { type: 'string', description: 'RFC 4180 CSV with a header row; the last column, evidence, is compact JSON; every page matching the filters (limit and cursor are ignored)' },
  example:
    'id,scanId,fingerprint,ruleId,severity,state,suppressed,suppressionReason,accountId,region,resourceType,resourceName,resourceArn,title,message,remediation,carriedFromScanId,carriedAssessedAt,evidence\r\n',
} as const;
