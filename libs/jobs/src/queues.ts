/** Queue names shared by the api (producer) and the worker (consumer). */
export const SCAN_QUEUE = 'scans';
export const ACCOUNT_QUEUE = 'accounts';

/** Job names on the scan queue. */
export const PLAN_SCAN_JOB = 'plan-scan';
export const FINALIZE_SCAN_JOB = 'finalize-scan';
/** Job name on the account queue. */
export const SCAN_ACCOUNT_JOB = 'scan-account';

/** Deterministic job ids (BullMQ forbids ":" in them): enqueueing twice adds one job. */
export const planScanJobId = (scanId: string) => `plan-${scanId}`;
export const finalizeScanJobId = (scanId: string) => `finalize-${scanId}`;
export const scanAccountJobId = (scanId: string, accountId: string) => `account-${scanId}-${accountId}`;

/** Attempts for an account job whose failure is infrastructure (database, Redis), not AWS. */
export const ACCOUNT_JOB_ATTEMPTS = 5;

/** Uploads of a scan's SARIF to GitHub code scanning, run by the worker. */
export const UPLOAD_QUEUE = 'uploads';
export const GITHUB_UPLOAD_JOB = 'github-upload';
export const githubUploadJobId = (uploadId: string) => `github-upload-${uploadId}`;
