import { json } from '../contract/content';
import { route } from '../contract/route-contract';
import { findingsQuerySchema } from '../scans/scan-request.schema';
import { FINDINGS_CSV_CONTENT, currentFindingsPageSchema, sarifLogSchema } from './finding.response';

const tag = 'findings';

export const findingRoutes = {
  list: route({
    operationId: 'listFindings',
    tag,
    summary: "The organization's current state: each account's latest completed result",
    description: 'Accept: text/csv streams every page matching the filters as one CSV document (limit and cursor are ignored).',
    scope: 'findings:read',
    query: findingsQuerySchema,
    success: { description: 'A page of current findings, or the CSV', content: [json(currentFindingsPageSchema, 'CurrentFindingPage'), FINDINGS_CSV_CONTENT] },
  }),
  sarif: route({
    operationId: 'getCurrentSarif',
    tag,
    summary: 'The current state as SARIF 2.1.0',
    scope: 'findings:read',
    success: { description: 'A SARIF 2.1.0 log (attachment)', content: [{ mediaType: 'application/sarif+json', schema: sarifLogSchema, name: 'SarifLog' }] },
  }),
};
