import { z } from 'zod';
import { SEVERITIES } from '@rolecall/model';
import { json } from '../contract/content';
import { listOf } from '../contract/page.schema';
import { route } from '../contract/route-contract';

/** A rule's metadata, as the catalog serves it. */
export const ruleSchema = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.enum(SEVERITIES),
  resourceType: z.string(),
  description: z.string(),
  risk: z.string(),
  remediation: z.string(),
  references: z.array(z.string()),
  compliance: z.array(z.string()),
  reads: z.object({
    needs: z.array(z.string()),
    enriches: z.array(z.string()),
    concludesFromAbsence: z.boolean().optional(),
  }),
});

export const ruleRoutes = {
  list: route({
    operationId: 'listRules',
    tag: 'rules',
    summary: 'The rule catalog',
    scope: 'findings:read',
    success: { description: 'Every rule', content: [json(listOf(ruleSchema), 'RuleList')] },
  }),
};
