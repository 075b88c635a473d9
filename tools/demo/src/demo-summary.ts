import type { SuccessBody } from '@rolecall/api-client';
import type { ScanDetail } from './demo-client';

type Finding = SuccessBody<'listScanFindings'>['items'][number];
type NotAssessed = SuccessBody<'listNotAssessed'>['items'][number];

/** "critical 2 | high 5 | medium 0 | low 1 | info 3 | total 11" */
export function severityLine(counts: ScanDetail['findingCounts']): string {
  const order = ['critical', 'high', 'medium', 'low', 'info'] as const;
  const total = order.reduce((sum, severity) => sum + counts[severity], 0);
  return [...order.map((severity) => `${severity} ${counts[severity]}`), `total ${total}`].join(' | ');
}

export function printSummary(scan: ScanDetail, findings: Finding[], notAssessed: NotAssessed[], outputDir: string): void {
  console.log(`\nscan ${scan.id}: ${scan.status}${scan.error ? ` (${scan.error})` : ''}`);
  for (const account of scan.accounts) {
    const detail = account.error ?? `${account.findingCount} findings, ${account.gaps.length} collection gaps`;
    console.log(`  ${account.accountId} ${(account.accountName ?? '').padEnd(16)} ${account.status.padEnd(9)} ${detail}`);
  }
  console.log(`findings by severity: ${severityLine(scan.findingCounts)}`);
  const byRule = new Map<string, number>();
  for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  for (const [ruleId, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${ruleId}`);
  const { coverage } = scan;
  console.log(`coverage: ${coverage.assessed} (rule, account) pairs assessed, ${coverage.notAssessed} not assessed where a read failed`);
  const byReason = new Map<string, number>();
  for (const entry of notAssessed) {
    for (const missing of entry.missing) {
      const reason = `${missing.service}:${missing.operation} ${missing.errorCode}`;
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
  }
  for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  not assessed: ${reason}`);
  console.log(`\nJSON: ${outputDir}/scan.json, ${outputDir}/findings.json, ${outputDir}/not-assessed.json`);
}
