/**
 * What users consume: SARIF 2.1.0 for GitHub code scanning (`writeSarif`, streamed in chunks),
 * RFC 4180 CSV safe against formula injection, scan-to-scan diffs, suppression matching, and the
 * GitHub code scanning upload client. Pure apart from the upload client (node's fetch).
 */
export * from './sarif/sarif-input';
export { writeSarif, sarifText, SARIF_SCHEMA_URI } from './sarif/sarif-writer';
export { resourceUri } from './sarif/resource-uri';
export { MAX_RESULTS_PER_RUN, scopeCategory } from './sarif/sarif-runs';
export { SECURITY_SEVERITY, SARIF_LEVEL } from './sarif/sarif-severity';
