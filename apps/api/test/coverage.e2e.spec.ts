import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorld, sampleWorldPath } from '@rolecall/aws-sim';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';

interface ApiFinding {
  fingerprint: string;
  ruleId: string;
  resource: { arn: string };
  state: string;
  carried: { fromScanId: string; assessedAt: string } | null;
  evidence: Record<string, unknown>;
}

const REGIONS = ['us-east-1', 'eu-west-1'];

describe('coverage: what a scan could not assess is listed, and its findings are carried, never closed', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ engine: 'pglite', world: loadWorld(sampleWorldPath()) });
  });
  after(() => stack.close());

  async function scan(): Promise<{ id: string; detail: Record<string, unknown> }> {
    const created = await stack.http().post('/v1/scans').set(bearer(ADMIN_TOKEN)).send({ scope: { organization: true }, regions: REGIONS });
    assert.equal(created.status, 202);
    return { id: created.body.id, detail: await waitForScan(stack, created.body.id, 120_000) };
  }

  async function pages<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page: { status: number; body: { items: unknown[]; nextCursor: string | null } } = await stack.http().get(`${path}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`).set(bearer(ADMIN_TOKEN));
      assert.equal(page.status, 200, JSON.stringify(page.body));
      items.push(...(page.body.items as T[]));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    return items;
  }

  test('a second scan with a denied operation carries what it could not see; SARIF keeps it and the diff resolves nothing', async () => {
    stack.sim.setFaults({});
    const first = await scan();
    const firstFindings = await pages<ApiFinding>(`/v1/scans/${first.id}/findings`);
    assert.equal(firstFindings.some((finding) => finding.carried !== null), false);

    stack.sim.setFaults({ errors: [{ match: { service: 'ecs', operation: 'DescribeTaskDefinition' }, error: 'accessDenied' }] });
    const second = await scan();
    stack.sim.setFaults({});
    const secondFindings = await pages<ApiFinding>(`/v1/scans/${second.id}/findings`);
    const carried = secondFindings.filter((finding) => finding.carried !== null);
    const containerRules = firstFindings.filter((finding) => finding.ruleId.startsWith('ecs.task-definition.'));
    assert.ok(containerRules.length > 0);
    // Every task definition finding of the first scan is in the second, carried from the first with its fingerprint.
    assert.deepEqual(
      containerRules.map((finding) => finding.fingerprint).sort(),
      carried.filter((finding) => finding.ruleId.startsWith('ecs.task-definition.')).map((finding) => finding.fingerprint).sort(),
    );
    for (const finding of carried) {
      assert.equal(finding.carried?.fromScanId, first.id);
      assert.equal(finding.state, 'unchanged');
    }
    // Nothing of the first scan is gone from the second.
    const secondPrints = new Set(secondFindings.map((finding) => finding.fingerprint));
    assert.deepEqual(firstFindings.filter((finding) => !secondPrints.has(finding.fingerprint)), []);

    const diff = await stack.http().get(`/v1/scans/${second.id}/diff`).set(bearer(ADMIN_TOKEN));
    assert.equal(diff.status, 200);
    assert.equal(diff.body.previousScanId, first.id);
    assert.deepEqual(diff.body.resolved, []);

    const sarif = await stack.http().get(`/v1/scans/${second.id}/sarif`).set(bearer(ADMIN_TOKEN)).buffer(true).parse((response, done) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => done(null, text));
    });
    const document = JSON.parse(sarif.body as string) as { runs: { results: { partialFingerprints: { primaryLocationLineHash: string }; properties: Record<string, unknown> }[]; invocations?: { toolExecutionNotifications: { associatedRule: { id: string }; message: { text: string } }[] }[] }[] };
    const results = document.runs.flatMap((run) => run.results);
    for (const finding of carried) {
      const result = results.find((candidate) => candidate.partialFingerprints.primaryLocationLineHash === finding.fingerprint);
      assert.deepEqual(result?.properties.carried, finding.carried);
    }
    const notifications = document.runs.flatMap((run) => run.invocations ?? []).flatMap((invocation) => invocation.toolExecutionNotifications);
    assert.ok(notifications.some((notification) => notification.associatedRule.id === 'ecs.task-definition.privileged-container' && /ecs:DescribeTaskDefinition \(AccessDeniedException\)/.test(notification.message.text)));

    const notAssessed = await pages<{ ruleId: string; accountId: string; region: string; missing: { service: string; operation: string; errorCode: string }[] }>(
      `/v1/scans/${second.id}/not-assessed?ruleId=ecs.task-definition.privileged-container`,
    );
    assert.ok(notAssessed.length > 0);
    for (const entry of notAssessed) {
      assert.equal(entry.ruleId, 'ecs.task-definition.privileged-container');
      assert.ok(entry.missing.some((missing) => missing.operation === 'DescribeTaskDefinition' || missing.operation === 'AssumeRole'), JSON.stringify(entry));
    }
    const coverage = second.detail.coverage as { assessed: number; notAssessed: number; notAssessedEntries: number };
    assert.ok(coverage.notAssessed > 0 && coverage.assessed > 0 && coverage.notAssessedEntries >= coverage.notAssessed, JSON.stringify(coverage));
  });

  test('with Access Advisor and the IMDS account defaults failing everywhere, every finding that does not depend on them is still reported', async () => {
    stack.sim.setFaults({});
    const clean = await pages<ApiFinding>(`/v1/scans/${(await scan()).id}/findings`);
    stack.sim.setFaults({
      errors: [
        { match: { service: 'iam', operation: 'GenerateServiceLastAccessedDetails' }, error: 'accessDenied' },
        { match: { service: 'ec2', operation: 'GetInstanceMetadataDefaults' }, error: 'accessDenied' },
      ],
    });
    const faulty = await scan();
    stack.sim.setFaults({});
    const found = await pages<ApiFinding>(`/v1/scans/${faulty.id}/findings`);
    const assessedNow = found.filter((finding) => finding.carried === null);
    const dependsOnThem = new Set(['iam.workload-role.unused-services', 'ec2.launch-template.imdsv1-allowed', 'ec2.launch-template.imds-hop-limit-above-one', 'autoscaling.launch-configuration.imdsv1-allowed']);
    const key = (finding: ApiFinding) => `${finding.ruleId} ${finding.resource.arn} ${finding.fingerprint}`;
    // Exactly the clean findings of rules that read neither, assessed again in this scan.
    assert.deepEqual(
      assessedNow.filter((finding) => !dependsOnThem.has(finding.ruleId)).map(key).sort(),
      clean.filter((finding) => !dependsOnThem.has(finding.ruleId) && finding.carried === null).map(key).sort(),
    );
    // The rest is carried, never dropped.
    const foundPrints = new Set(found.map((finding) => finding.fingerprint));
    assert.deepEqual(clean.filter((finding) => !foundPrints.has(finding.fingerprint)).map(key), []);
  });

  test("each account's findingCount counts what its findings list shows, organization-level findings included", async () => {
    stack.sim.setFaults({});
    const { id, detail } = await scan();
    const listed = await pages<ApiFinding & { accountId: string }>(`/v1/scans/${id}/findings`);
    const accounts = detail.accounts as Array<{ accountId: string; findingCount: number }>;
    assert.ok(listed.length > 0);
    for (const account of accounts) {
      assert.equal(account.findingCount, listed.filter((finding) => finding.accountId === account.accountId).length, account.accountId);
    }
  });

  test('a scan whose organization discovery fails has a startedAt (when it was picked up) and a reason', async () => {
    stack.sim.setFaults({ errors: [{ match: { service: 'organizations' }, error: 'accessDenied' }] });
    const { detail } = await scan();
    stack.sim.setFaults({});
    assert.equal(detail.status, 'failed');
    assert.match(String(detail.error), /^organization discovery failed: /);
    assert.equal(typeof detail.startedAt, 'string');
    assert.ok(Date.parse(String(detail.startedAt)) <= Date.parse(String(detail.finishedAt)));
  });
});
