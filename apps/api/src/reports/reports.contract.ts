import { json } from '../contract/content';
import { route } from '../contract/route-contract';
import { diffSchema, sarifLogSchema } from '../findings/finding.response';
import { scanIdSchema } from '../scans/scan-request.schema';

const params = { id: scanIdSchema };
const tag = 'scans';

export const reportRoutes = {
  diff: route({
    operationId: 'getScanDiff',
    tag,
    summary: 'New, unchanged and resolved findings against the previous completed scan of the same scope',
    scope: 'findings:read',
    params,
    success: { description: 'The diff', content: [json(diffSchema, 'ScanDiff')] },
    errors: [404],
  }),
  sarif: route({
    operationId: 'getScanSarif',
    tag,
    summary: "The scan's findings as SARIF 2.1.0 for GitHub code scanning (absent results are never included)",
    scope: 'findings:read',
    params,
    success: { description: 'A SARIF 2.1.0 log (attachment)', content: [{ mediaType: 'application/sarif+json', schema: sarifLogSchema, name: 'SarifLog' }] },
    errors: [404],
  }),
};
