import { json } from '../contract/content';
import { route } from '../contract/route-contract';
import { FINDINGS_CSV_CONTENT, scanFindingsPageSchema } from '../findings/finding.response';
import { createScanSchema, findingsQuerySchema, listScansQuerySchema, notAssessedQuerySchema, scanIdSchema } from './scan-request.schema';
import { notAssessedPageSchema, scanDetailSchema, scanSchema, scansPageSchema } from './scan.response';

const params = { id: scanIdSchema };
const tag = 'scans';

export const scanRoutes = {
  create: route({
    operationId: 'createScan',
    tag,
    summary: 'Start a scan of the organization or of listed accounts',
    scope: 'scans:write',
    body: createScanSchema,
    bodyExample: { scope: { organization: true }, regions: ['us-east-1', 'eu-west-1'] },
    success: { description: 'The scan, queued; Location names it', content: [json(scanSchema, 'Scan')], headers: { Location: 'The scan: /v1/scans/{id}' } },
    errors: [503],
  }),
  list: route({
    operationId: 'listScans',
    tag,
    summary: 'List scans, newest first (cursor pagination)',
    scope: 'findings:read',
    query: listScansQuerySchema,
    success: { description: 'A page of scans', content: [json(scansPageSchema, 'ScanPage')] },
  }),
  get: route({
    operationId: 'getScan',
    tag,
    summary: 'A scan with per-account progress, errors, collection gaps and counts by severity',
    scope: 'findings:read',
    params,
    success: { description: 'The scan', content: [json(scanDetailSchema, 'ScanDetail')] },
    errors: [404],
  }),
  cancel: route({
    operationId: 'cancelScan',
    tag,
    summary: 'Cancel a scan; accounts not yet scanned are skipped',
    scope: 'scans:write',
    params,
    success: { description: 'The scan, cancelling', content: [json(scanSchema, 'Scan')] },
    errors: [404, 409],
  }),
  notAssessed: route({
    operationId: 'listNotAssessed',
    tag,
    summary: "Where the scan's rules could not assess a resource (or a region of an account), with the AWS operations that failed",
    scope: 'findings:read',
    params,
    query: notAssessedQuerySchema,
    success: { description: 'A page of not-assessed entries', content: [json(notAssessedPageSchema, 'NotAssessedPage')] },
    errors: [404],
  }),
  findings: route({
    operationId: 'listScanFindings',
    tag,
    summary: "A scan's findings, filtered, most severe first",
    description: 'Accept: text/csv returns every finding matching the filters as one CSV document (limit and cursor are ignored).',
    scope: 'findings:read',
    params,
    query: findingsQuerySchema,
    success: { description: 'A page of findings, or the CSV', content: [json(scanFindingsPageSchema, 'ScanFindingPage'), FINDINGS_CSV_CONTENT] },
    errors: [404],
  }),
};
