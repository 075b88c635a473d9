import { z } from 'zod';

/** Glob patterns ('*' matches any run of characters); every field defaults to '*'. */
export const faultMatchSchema = z.strictObject({
  service: z.string().default('*'),
  operation: z.string().default('*'),
  account: z.string().default('*'),
  region: z.string().default('*'),
});
export type FaultMatch = z.infer<typeof faultMatchSchema>;

/** The service's own errors, then HTML error pages (404, 501) without an AWS error code, as a proxy or an emulator answers. */
export const FAULT_ERROR_KINDS = ['throttle', 'accessDenied', 'unsupported', 'internalError', 'unavailable', 'notFoundHtml', 'notImplementedHtml'] as const;
export type FaultErrorKind = (typeof FAULT_ERROR_KINDS)[number];

export const latencyRuleSchema = z.strictObject({
  match: faultMatchSchema.default({ service: '*', operation: '*', account: '*', region: '*' }),
  fixedMs: z.number().int().min(0).max(60_000).default(0),
  jitterMs: z.number().int().min(0).max(60_000).default(0),
});

export const errorRuleSchema = z.strictObject({
  match: faultMatchSchema.default({ service: '*', operation: '*', account: '*', region: '*' }),
  error: z.enum(FAULT_ERROR_KINDS),
  /** Fraction of matching requests that fail (drawn from the seeded generator). */
  rate: z.number().min(0).max(1).default(1),
  /** Stop after failing this many requests. */
  limit: z.number().int().min(1).optional(),
});

export const disabledRegionSchema = z.strictObject({ account: z.string().default('*'), region: z.string() });

/** Faults to inject: latency, errors and disabled regions. The first matching latency rule and error rule apply. */
export const faultsSchema = z.strictObject({
  seed: z.union([z.number().int(), z.string()]).default(1),
  latency: z.array(latencyRuleSchema).default([]),
  errors: z.array(errorRuleSchema).default([]),
  disabledRegions: z.array(disabledRegionSchema).default([]),
});
/** Faults as written (defaults optional). */
export type Faults = z.input<typeof faultsSchema>;
export type ValidFaults = z.output<typeof faultsSchema>;
