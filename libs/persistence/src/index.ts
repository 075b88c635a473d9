/**
 * Rolecall's storage: one typed query layer (Kysely) over PostgreSQL when DATABASE_URL is set,
 * or embedded PGlite in ROLECALL_DATA_DIR when it is not.
 *
 * - `openDatabase` applies the versioned migrations in `migrations/` before returning; on PostgreSQL
 *   concurrent starters serialize on the migrator's advisory lock, and a PGlite data directory is
 *   locked to one process (a second opener fails rather than losing writes).
 * - Repositories take the Kysely instance, validate their input with zod before writing, and return
 *   camelCase domain objects. Writes that belong together run in one transaction, so bad input or a
 *   failed write leaves stored data as it was; `ScanAccountsRepository.complete` replaces an account's
 *   findings, so a retried job never duplicates them.
 * - Lists use keyset pagination (scans by seq, findings by severity_rank then seq, with an index per
 *   filter); `CursorCodec` turns positions into signed opaque cursors bound to their query.
 * - Tests run every repository against both engines (`createTestDatabase`).
 */
export { openDatabase, pingDatabase } from './database';
export type { Database, DatabaseEngine, DatabaseLogger, DatabaseOptions } from './database';
export type { Schema } from './schema';
export type { Page } from './page';
export { TokensRepository } from './tokens/tokens.repository';
export { API_TOKEN_SCOPES } from './tokens/api-token';
export type { ApiToken, ApiTokenScope, NewApiToken } from './tokens/api-token';
export { ScansRepository, scanPositionSchema } from './scans/scans.repository';
export type { TerminalScanStatus } from './scans/scans.repository';
export { scopeKey } from './scans/scan';
export type { NewScan, Scan } from './scans/scan';
export { ScanAccountsRepository } from './scan-accounts/scan-accounts.repository';
export { SchedulesRepository } from './schedules/schedules.repository';
export type { ScheduleChanges, ScheduleFiring } from './schedules/schedules.repository';
export type { NewSchedule, Schedule, ScheduleRun } from './schedules/schedule';
export type { AccountResult, PlannedAccount, ScanAccount } from './scan-accounts/scan-account';
export { FindingsRepository, findingFiltersSchema, findingPositionSchema } from './findings/findings.repository';
export type { FindingFilters } from './findings/findings.repository';
export type { FindingPosition } from './findings/finding';
export { CursorCodec, InvalidCursorError, hashFilters } from './cursor/cursor';
export { SettingsRepository } from './cursor/settings.repository';
export { SuppressionsRepository } from './outputs/suppressions.repository';
export type { Suppression, NewSuppression } from './outputs/suppression';
export { ScanHistoryRepository } from './outputs/scan-history.repository';
export type { ScanDiff } from './outputs/scan-history.repository';
export { CurrentFindingsRepository } from './outputs/current-findings.repository';
export { GithubIntegrationsRepository } from './outputs/github-integrations.repository';
export type { GithubIntegration, GithubUpload, GithubUploadStatus, NewGithubIntegration } from './outputs/github-integration';
export { IdentitiesRepository } from './identities/identities.repository';
export { identityFiltersSchema, identityPositionSchema, identitySchema } from './identities/identity';
export type { Identity, IdentityFilters, IdentityPosition } from './identities/identity';
export { NotAssessedRepository, notAssessedFiltersSchema, notAssessedPositionSchema } from './not-assessed/not-assessed.repository';
export type { CoverageCounts, NotAssessedFilters, NotAssessedPosition } from './not-assessed/not-assessed.repository';
export { verifyEncryptionKey, keyCheckValue, EncryptionKeyMismatchError, KEY_CHECK_SETTING } from './outputs/key-check';
export { AuditEventsRepository } from './audit/audit-events.repository';
export { auditPositionSchema } from './audit/audit-event';
export type { AuditEvent, AuditPosition, NewAuditEvent } from './audit/audit-event';
