/**
 * Stored results as users consume them: findings annotated with their state against the previous
 * scan and their suppression, a scan's SARIF input, and GitHub code scanning uploads run as jobs.
 */
export type { AnnotatedFinding } from './annotated-finding';
export { FindingAnnotator } from './finding-annotator';
export { ScanFindingsReader } from './scan-findings-reader';
export { ScanSarif, sarifInput, TOOL_VERSION } from './scan-sarif';
export { GithubUploader } from './github/github-uploader';
export type { UploaderOptions } from './github/github-uploader';
export { createGithubUploader } from './github/create-uploader';
export { UploadRunner } from './github/upload-runner';
export { UploadWorker } from './github/upload-worker';
export { ScanUploadTrigger } from './github/scan-upload-trigger';
export { PublishingModule } from './publishing.module';
