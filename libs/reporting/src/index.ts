/**
 * What users consume: SARIF 2.1.0 for GitHub code scanning (`writeSarif`, streamed in chunks),
 * RFC 4180 CSV safe against formula injection, scan-to-scan diffs, suppression matching, and the
 * GitHub code scanning upload client. Pure apart from the upload client (through @rolecall/egress).
 */
export * from './sarif/sarif-input';
export { writeSarif, sarifText, sarifRunDocuments, SARIF_SCHEMA_URI } from './sarif/sarif-writer';
export { resourceUri } from './sarif/resource-uri';
export { MAX_RESULTS_PER_RUN, scopeCategory } from './sarif/sarif-runs';
export { SECURITY_SEVERITY, SARIF_LEVEL } from './sarif/sarif-severity';
export { csvRecord, csvCell } from './csv/csv-writer';
export type { CsvValue } from './csv/csv-writer';
export { FINDINGS_CSV_HEADER, findingCsvRecord } from './csv/findings-csv';
export type { CsvFinding } from './csv/findings-csv';
export { diffFindings } from './diff/finding-diff';
export type { FindingDiff } from './diff/finding-diff';
export { matchSuppression, isActive, SuppressionMatcher } from './suppressions/suppression-match';
export { compileGlob, matchGlob } from './suppressions/glob';
export type { CompiledGlob, StepCounter } from './suppressions/glob';
export { globProblem, MAX_PATTERN_LENGTH, MAX_PATTERN_WILDCARDS } from './suppressions/glob-limits';
export type { SuppressionRule, SuppressibleFinding } from './suppressions/suppression-match';
export { GithubUploadClient, GithubUploadError, MAX_GZIPPED_BYTES } from './github/github-upload.client';
export type { GithubClientOptions, ProcessingStatus, UploadOutcome, UploadRequest } from './github/github-upload.client';
export { checkGithubApiBaseUrl } from './github/github-target';
export type { GithubTarget } from './github/github-target';
