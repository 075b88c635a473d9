import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { MANAGEMENT, WORKLOADS, foundationWorld } from './foundation-world';

/** Samples whose line starts with one of the names, as "name{labels}" -> value. */
function samples(text: string, names: string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !names.some((name) => line.startsWith(name))) continue;
    const at = line.lastIndexOf(' ');
    found.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return found;
}

describe('GET /metrics', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ engine: 'postgres', world: foundationWorld });
  });
  after(() => stack.close());

  test('counts a finished scan: state, accounts, AWS calls by service, findings by severity, job latency', async () => {
    const names = ['rolecall_scans', 'rolecall_accounts_scanned_total', 'rolecall_findings_total', 'rolecall_aws_calls_total', 'rolecall_aws_attempts_total', 'rolecall_job_duration_seconds_count'];
    const before = samples((await stack.http().get('/metrics')).text, names);
    const created = await stack
      .http()
      .post('/v1/scans')
      .set(bearer(ADMIN_TOKEN))
      .send({ scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'] });
    const scan = await waitForScan(stack, created.body.id);
    assert.equal(scan.status, 'succeeded');

    const response = await stack.http().get('/metrics');
    assert.equal(response.status, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain;.*version=0\.0\.4/);
    const after = samples(response.text, names);
    const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    assert.equal(after.get('rolecall_scans{state="succeeded"}'), 1);
    assert.equal(after.get('rolecall_scans{state="running"}'), 0);
    assert.equal(delta('rolecall_accounts_scanned_total{status="succeeded"}'), 2);
    const findingCounts = scan.findingCounts as Record<string, number>;
    for (const severity of ['critical', 'high', 'medium', 'low', 'info']) {
      assert.equal(delta(`rolecall_findings_total{severity="${severity}"}`), findingCounts[severity], severity);
    }
    assert.equal(delta('rolecall_aws_calls_total{service="sts",operation="AssumeRole"}'), 2);
    // Every attempt by outcome: the scan's calls all succeeded, so each service's successes equal its calls.
    const callsOf = (service: string) => [...after].filter(([key]) => key.startsWith(`rolecall_aws_calls_total{service="${service}",`)).reduce((sum, [key]) => sum + delta(key), 0);
    for (const service of ['sts', 'iam', 'ecs']) {
      assert.equal(delta(`rolecall_aws_attempts_total{service="${service}",outcome="success"}`), callsOf(service), service);
      assert.equal(delta(`rolecall_aws_attempts_total{service="${service}",outcome="throttled"}`), 0, service);
    }
    assert.ok(callsOf('iam') > 0);
    assert.equal(delta('rolecall_job_duration_seconds_count{queue="accounts",outcome="completed"}'), 2);
  });
});
