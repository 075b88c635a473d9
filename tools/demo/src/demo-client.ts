import type { ChildProcess } from 'node:child_process';

export interface DemoClient {
  baseUrl: string;
  token: string;
}

type Json = Record<string, unknown>;

export async function request(client: DemoClient, method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${client.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Json;
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${String(json.message)}`);
  return json;
}

/** Waits (bounded) until the daemon answers /health as ready; fails early if it exits. */
export async function waitForHealthy(client: DemoClient, daemon: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (daemon.exitCode !== null) throw new Error(`the daemon exited with code ${daemon.exitCode}`);
    const ready = await fetch(`${client.baseUrl}/health`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the daemon was not ready after ${timeoutMs} ms`);
}

export async function waitForTerminal(client: DemoClient, scanId: string, timeoutMs = 300_000): Promise<Json> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const scan = await request(client, 'GET', `/v1/scans/${scanId}`);
    if (['succeeded', 'partial', 'failed', 'cancelled'].includes(String(scan.status))) return scan;
    if (Date.now() > deadline) throw new Error(`scan ${scanId} still ${String(scan.status)} after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

export async function collectPages(client: DemoClient, path: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await request(client, 'GET', cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path);
    items.push(...(page.items as Json[]));
    cursor = (page.nextCursor as string | null) ?? null;
  } while (cursor);
  return items;
}

export function printSummary(scan: Json, findings: Json[], notAssessed: Json[], outputDir: string): void {
  const accounts = scan.accounts as { accountId: string; accountName: string | null; status: string; error: string | null; findingCount: number; gaps: unknown[] }[];
  console.log(`\nscan ${String(scan.id)}: ${String(scan.status)}${scan.error ? ` (${String(scan.error)})` : ''}`);
  for (const account of accounts) {
    const detail = account.error ?? `${account.findingCount} findings, ${account.gaps.length} collection gaps`;
    console.log(`  ${account.accountId} ${(account.accountName ?? '').padEnd(16)} ${account.status.padEnd(9)} ${detail}`);
  }
  console.log(`findings by severity: ${JSON.stringify(scan.findingCounts)}`);
  const byRule = new Map<string, number>();
  for (const finding of findings) byRule.set(String(finding.ruleId), (byRule.get(String(finding.ruleId)) ?? 0) + 1);
  for (const [ruleId, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${ruleId}`);
  const coverage = scan.coverage as { assessed: number; notAssessed: number; notAssessedEntries: number };
  console.log(`coverage: ${coverage.assessed} (rule, account) pairs assessed, ${coverage.notAssessed} not assessed where a read failed`);
  const byReason = new Map<string, number>();
  for (const entry of notAssessed) {
    for (const missing of entry.missing as { service: string; operation: string; errorCode: string }[]) {
      const reason = `${missing.service}:${missing.operation} ${missing.errorCode}`;
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
  }
  for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  not assessed: ${reason}`);
  console.log(`\nJSON: ${outputDir}/scan.json, ${outputDir}/findings.json, ${outputDir}/not-assessed.json`);
}
