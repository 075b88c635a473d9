import type { Carried } from './coverage';
import { z } from 'zod';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/** Lower rank sorts first: critical = 0 ... info = 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export const resourceRefSchema = z.object({
  arn: z.string().min(1),
  type: z.string().min(1),
  name: z.string().min(1),
});
export type ResourceRef = z.infer<typeof resourceRefSchema>;

/** Facts that made a rule fire. Never holds a secret value. */
export type Evidence = Record<string, unknown>;

/** What a rule emits, before storage gives it an id. */
export interface RuleFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  accountId: string;
  region: string;
  resource: ResourceRef;
  relatedResources: string[];
  evidence: Evidence;
  remediation: string;
}

/** A stored finding, as the API serves it. */
export interface Finding extends RuleFinding {
  id: string;
  scanId: string;
  fingerprint: string;
  /** Set when the rule could not assess the resource in this scan: the last assessed result, shown again. */
  carried?: Carried;
}

/** A rule's finding with its stable fingerprint (rule id + resource identity). */
export interface FingerprintedFinding extends RuleFinding {
  fingerprint: string;
  carried?: Carried;
}
