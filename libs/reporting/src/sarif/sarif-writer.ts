import type { Notification, Run } from 'sarif';
import type { NotAssessed } from '@rolecall/model';
import type { ReportRule, SarifInput } from './sarif-input';
import { sarifResult } from './sarif-result';
import { fallbackRule, sarifRule } from './sarif-rule';
import { scopeCategory, splitIntoRuns, type RunPart } from './sarif-runs';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * SARIF 2.1.0 for a set of findings, as JSON text in chunks (one per result): nothing but the
 * results' own objects is held at once, so a caller can pipe it to a response or to gzip.
 * Results are ordered by rule then fingerprint, so the same world gives the same file.
 */
export function* writeSarif(input: SarifInput): Generator<string> {
  yield* writeDocument(input, splitIntoRuns(input.findings));
}

/** The whole document as one string (for small logs and tests). */
export function sarifText(input: SarifInput): string {
  return [...writeSarif(input)].join('');
}

/** One document per run (each its own category), for uploads that would exceed GitHub's size limit in one file. */
export function sarifRunDocuments(input: SarifInput): string[] {
  return splitIntoRuns(input.findings).map((part) => [...writeDocument(input, [part])].join(''));
}

function* writeDocument(input: SarifInput, parts: RunPart[]): Generator<string> {
  yield `{"$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"version":"2.1.0","runs":[`;
  for (const [index, part] of parts.entries()) {
    if (index > 0) yield ',';
    yield* writeRun(input, part);
  }
  yield ']}';
}

function* writeRun(input: SarifInput, part: RunPart): Generator<string> {
  const known = new Map(input.rules.map((rule) => [rule.id, rule]));
  const used = new Map<string, ReportRule>();
  for (const finding of part.findings) {
    if (!used.has(finding.ruleId)) used.set(finding.ruleId, known.get(finding.ruleId) ?? fallbackRule(finding));
  }
  const rules = [...used.values()].sort((a, b) => compare(a.id, b.id));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const category = part.bucket ? `${scopeCategory(input.scopeKey)}/${part.bucket}` : scopeCategory(input.scopeKey);
  const run: Run = {
    tool: { driver: { name: 'Rolecall', semanticVersion: input.toolVersion, version: input.toolVersion, rules: rules.map(sarifRule) } },
    automationDetails: { id: `${category}/${input.runId}` },
    columnKind: 'utf16CodeUnits',
  };
  if (input.baselineScanId) run.baselineGuid = input.baselineScanId;
  const notifications = (input.notAssessed ?? []).slice(0, MAX_NOTIFICATIONS).map(notAssessedNotification);
  if (notifications.length > 0) run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
  const head = JSON.stringify(run);
  yield `${head.slice(0, -1)},"results":[`;
  const ordered = [...part.findings].sort((a, b) => compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
  for (const [index, finding] of ordered.entries()) {
    yield (index > 0 ? ',' : '') + JSON.stringify(sarifResult(finding, ruleIndex.get(finding.ruleId) ?? 0));
  }
  yield ']}';
}

/** Not-assessed entries beyond this are counted in the API (GET /v1/scans/{id}/not-assessed), not listed in SARIF. */
const MAX_NOTIFICATIONS = 1000;

/** A not-assessed entry as a SARIF tool execution notification about the rule it concerns. */
function notAssessedNotification(entry: NotAssessed): Notification {
  const where = entry.resource === null ? `account ${entry.accountId}, ${entry.region}` : `${entry.resource.arn}`;
  const missing = entry.missing.map((operation) => `${operation.service}:${operation.operation} (${operation.errorCode})`).join(', ');
  return {
    level: 'warning',
    message: { text: `${entry.ruleId} could not assess ${where}: ${missing} failed.` },
    associatedRule: { id: entry.ruleId },
    properties: { accountId: entry.accountId, region: entry.region, resource: entry.resource, missing: entry.missing },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
