import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Log } from 'sarif';
import { startSimulator, type RunningSimulator, type World } from '@rolecall/aws-sim';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { sarifProblems } from '@rolecall/reporting/testing';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { MANAGEMENT, PRIVILEGED_TASK_DEFINITION_ARN, WORKLOADS, foundationWorld } from './foundation-world';

const SCOPE = { scope: { accounts: [MANAGEMENT, WORKLOADS] }, regions: ['us-east-1'] };
const WEB_URI = 'aws/111111111111/us-east-1/ecs/task-definition/web%3A3';
const PRIVILEGED_RULE = 'ecs.task-definition.privileged-container';
const API_ARN = `arn:aws:ecs:us-east-1:${MANAGEMENT}:task-definition/api:1`;

/** The foundation world with web:3 fixed and a new privileged task definition api:1. */
function changedWorld(): World {
  const world = structuredClone(foundationWorld);
  const ecs = world.accounts[0].regional!['us-east-1']!.ecs!;
  const web = ecs.taskDefinitions![0];
  web.containerDefinitions = web.containerDefinitions.map((container) => ({ ...container, privileged: false }));
  ecs.taskDefinitions!.push({ ...structuredClone(web), family: 'api', revision: 1, containerDefinitions: [{ name: 'worker', image: 'public.ecr.aws/docker/library/node:20', privileged: true }] });
  return world;
}

for (const engine of TEST_ENGINES) {
  describe(`findings outputs on ${engine}`, () => {
    let stack: Stack;
    let changed: RunningSimulator;
    const get = (path: string) => stack.http().get(path).set(bearer(ADMIN_TOKEN));
    const scan = async () => {
      const created = await stack.http().post('/v1/scans').set(bearer(ADMIN_TOKEN)).send(SCOPE);
      assert.equal(created.status, 202);
      const done = await waitForScan(stack, created.body.id);
      assert.equal(done.status, 'succeeded');
      return done as { id: string; findingCounts: Record<string, number> };
    };
    const sarifOf = async (path: string): Promise<Log> => {
      const response = await get(path).buffer(true).parse((res, callback) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => callback(null, text));
      });
      assert.equal(response.status, 200);
      assert.match(response.headers['content-type'], /^application\/sarif\+json/);
      return JSON.parse(response.body as string) as Log;
    };

    type Listed = { fingerprint: string; ruleId: string; state: string; suppression: unknown; resource: { arn: string } };
    const findingsOf = async (id: string): Promise<Listed[]> => (await get(`/v1/scans/${id}/findings?limit=500`)).body.items;

    before(async () => {
      stack = await startStack({ engine, world: foundationWorld });
      changed = await startSimulator({ world: changedWorld(), port: 0 });
    });
    after(async () => {
      await changed.stop();
      await stack.close();
    });

    test('two scans of an unchanged world: identical fingerprints and uris, all unchanged, nothing new or resolved', async () => {
      const first = await scan();
      const second = await scan();
      const [one, two] = await Promise.all([first, second].map((s) => findingsOf(s.id)));
      assert.ok(one.length >= 1);
      assert.deepEqual(one.map((f) => f.fingerprint), two.map((f) => f.fingerprint));
      assert.deepEqual(new Set(one.map((f) => f.state)), new Set(['new']));
      assert.deepEqual(new Set(two.map((f) => f.state)), new Set(['unchanged']));

      const diff = await get(`/v1/scans/${second.id}/diff`);
      assert.equal(diff.status, 200);
      assert.deepEqual({ previous: diff.body.previousScanId, summary: diff.body.summary }, { previous: first.id, summary: { new: 0, unchanged: one.length, resolved: 0 } });

      const [sarifOne, sarifTwo] = [await sarifOf(`/v1/scans/${first.id}/sarif`), await sarifOf(`/v1/scans/${second.id}/sarif`)];
      assert.deepEqual(await sarifProblems(sarifOne), []);
      assert.deepEqual(await sarifProblems(sarifTwo), []);
      const identity = (log: Log) => log.runs[0].results!.map((r) => [r.locations![0].physicalLocation!.artifactLocation!.uri, r.partialFingerprints!.primaryLocationLineHash]);
      assert.deepEqual(identity(sarifOne), identity(sarifTwo));
      assert.deepEqual(new Set(sarifOne.runs[0].results!.map((r) => r.baselineState)), new Set(['new']));
      assert.deepEqual(new Set(sarifTwo.runs[0].results!.map((r) => r.baselineState)), new Set(['unchanged']));
      assert.deepEqual(new Set(identity(sarifTwo).map(([, hash]) => hash)), new Set(one.map((f) => f.fingerprint)));
      assert.equal(sarifOne.runs[0].automationDetails!.id!.replace(/[^/]*$/, ''), sarifTwo.runs[0].automationDetails!.id!.replace(/[^/]*$/, ''));
      const privileged = sarifTwo.runs[0].results!.find((r) => r.ruleId === PRIVILEGED_RULE)!;
      assert.equal(privileged.locations![0].physicalLocation!.artifactLocation!.uri, WEB_URI);
      assert.equal(privileged.locations![0].logicalLocations![0].fullyQualifiedName, PRIVILEGED_TASK_DEFINITION_ARN);
    });

    test('a changed world shows new and resolved findings', async () => {
      const original = process.env.AWS_ENDPOINT_URL;
      process.env.AWS_ENDPOINT_URL = changed.url;
      let third: { id: string };
      try {
        third = await scan();
      } finally {
        process.env.AWS_ENDPOINT_URL = original;
      }
      const diff = await get(`/v1/scans/${third.id}/diff`);
      type Listed = { ruleId: string; state?: string; resource: { arn: string } };
      const privileged = (list: Listed[]) => list.filter((f) => f.ruleId === PRIVILEGED_RULE).map((f) => f.resource.arn);
      assert.deepEqual({ new: privileged(diff.body.new), unchanged: privileged(diff.body.unchanged), resolved: privileged(diff.body.resolved) }, {
        new: [API_ARN], unchanged: [], resolved: [PRIVILEGED_TASK_DEFINITION_ARN],
      });
      assert.deepEqual(new Set((diff.body.new as Listed[]).map((f) => f.resource.arn)), new Set([API_ARN]));
      assert.deepEqual(new Set((diff.body.new as Listed[]).map((f) => f.state)), new Set(['new']));
      const states = new Map((await findingsOf(third.id)).map((f) => [f.fingerprint, f.state]));
      assert.deepEqual(new Set((diff.body.unchanged as Array<{ fingerprint: string }>).map((f) => states.get(f.fingerprint))), new Set(diff.body.unchanged.length ? ['unchanged'] : []));

      // The state filter, one value or several, on the page and in the CSV.
      const fingerprints = async (query: string) => ((await get(`/v1/scans/${third.id}/findings?limit=500&${query}`)).body.items as Array<{ fingerprint: string }>).map((f) => f.fingerprint).sort();
      const withState = (wanted: string) => [...states].filter(([, state]) => state === wanted).map(([fingerprint]) => fingerprint).sort();
      assert.deepEqual(await fingerprints('state=new'), withState('new'));
      assert.deepEqual(await fingerprints('state=unchanged'), withState('unchanged'));
      assert.deepEqual(await fingerprints('state=unchanged,new'), [...states.keys()].sort());
      assert.ok(withState('new').length > 0 && withState('unchanged').length > 0);
      const csv = await stack.http().get(`/v1/scans/${third.id}/findings?state=new`).set({ ...bearer(ADMIN_TOKEN), accept: 'text/csv' });
      assert.equal(csv.text.trimEnd().split('\r\n').length, withState('new').length + 1);
      const unknown = await get(`/v1/findings?state=resolved`);
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.message, /^query\.state(\.\d+)?: must be one or more of new, unchanged/);
    });

    test('a suppression leaves the counts, shows on the finding and in SARIF, and stops applying once deleted', async () => {
      const latest = await scan();
      const high = async () => (await get(`/v1/scans/${latest.id}`)).body.findingCounts.high as number;
      const before = await high();
      const created = await stack.http().post('/v1/suppressions').set(bearer(ADMIN_TOKEN))
        .send({ resourcePattern: `arn:aws:ecs:*:${MANAGEMENT}:task-definition/*`, ruleId: PRIVILEGED_RULE, reason: 'accepted until the rebuild' });
      assert.equal(created.status, 201);
      assert.equal(created.body.createdBy, 'ROLECALL_ADMIN_TOKEN');
      assert.equal(await high(), before - 1);
      const findings = await findingsOf(latest.id);
      const suppressed = findings.filter((f) => f.suppression !== null);
      assert.deepEqual(suppressed.map((f) => [f.ruleId, f.resource.arn, f.suppression]), [
        [PRIVILEGED_RULE, PRIVILEGED_TASK_DEFINITION_ARN, { id: created.body.id, reason: 'accepted until the rebuild', expiresAt: null, createdBy: 'ROLECALL_ADMIN_TOKEN' }],
      ]);
      const log = await sarifOf(`/v1/scans/${latest.id}/sarif`);
      assert.deepEqual(await sarifProblems(log), []);
      const withSuppressions = log.runs[0].results!.filter((r) => r.suppressions);
      assert.deepEqual(withSuppressions.map((r) => [r.ruleId, r.suppressions!.map((s) => [s.kind, s.status, s.justification])]), [
        [PRIVILEGED_RULE, [['external', 'accepted', 'accepted until the rebuild']]],
      ]);
      assert.equal((await stack.http().delete(`/v1/suppressions/${created.body.id}`).set(bearer(ADMIN_TOKEN))).status, 204);
      assert.equal(await high(), before);
      assert.equal((await stack.http().delete(`/v1/suppressions/${created.body.id}`).set(bearer(ADMIN_TOKEN))).status, 404);
      const bad = await stack.http().post('/v1/suppressions').set(bearer(ADMIN_TOKEN)).send({ reason: 'no target' });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /body\.ruleId: give a ruleId, a resourcePattern or both/);
    });

    test('current state: latest completed result per account, paged, CSV with a header row, SARIF', async () => {
      const latest = (await get('/v1/scans?limit=1')).body.items[0].id as string;
      const expected = (await findingsOf(latest)).map((f) => f.fingerprint).sort();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await get(`/v1/findings?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        assert.equal(page.status, 200);
        for (const item of page.body.items as Array<{ fingerprint: string; scanId: string }>) {
          assert.equal(item.scanId, latest);
          seen.push(item.fingerprint);
        }
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual(seen.sort(), expected);
      const csv = await get('/v1/findings').set('Accept', 'text/csv');
      assert.equal(csv.status, 200);
      assert.match(csv.headers['content-type'], /^text\/csv/);
      const lines = csv.text.trimEnd().split('\r\n');
      assert.equal(lines[0], 'id,scanId,fingerprint,ruleId,severity,state,suppressed,suppressionReason,accountId,region,resourceType,resourceName,resourceArn,title,message,remediation,carriedFromScanId,carriedAssessedAt,evidence');
      for (const line of lines.slice(1)) assert.match(line, /,"\{"".*\}"$/, 'each row ends in its evidence as JSON');
      assert.equal(lines.length, expected.length + 1);
      assert.ok(lines.some((line) => line.includes(`,${PRIVILEGED_RULE},high,new,false,,${MANAGEMENT},us-east-1,AWS::ECS::TaskDefinition,web:3,${PRIVILEGED_TASK_DEFINITION_ARN},`)));
      const scanCsv = await get(`/v1/scans/${latest}/findings?ruleId=${PRIVILEGED_RULE}`).set('Accept', 'text/csv');
      assert.equal(scanCsv.text.trimEnd().split('\r\n').length, 2);
      const log = await sarifOf('/v1/findings/sarif');
      assert.deepEqual(await sarifProblems(log), []);
      assert.equal(log.runs[0].results!.length, expected.length);
      assert.equal((await get('/v1/scans/00000000-0000-4000-8000-000000000000/sarif')).status, 404);
      assert.equal((await get('/v1/scans/nope/diff')).status, 400);
    });

    test('severity takes several values, comma-separated or repeated, on current and scan findings; an unknown one is a 400 naming the field', async () => {
      const latest = (await get('/v1/scans?limit=1')).body.items[0].id as string;
      for (const base of ['/v1/findings', `/v1/scans/${latest}/findings`]) {
        const all = (await get(`${base}?limit=500`)).body.items as Array<{ severity: string; risk: string; references: string[] }>;
        const wanted = all.filter((f) => f.severity === 'high' || f.severity === 'critical').length;
        assert.ok(wanted > 0 && wanted < all.length, base);
        assert.equal((await get(`${base}?severity=high,critical&limit=500`)).body.items.length, wanted, base);
        assert.equal((await get(`${base}?severity=high&severity=critical&limit=500`)).body.items.length, wanted, base);
        const unknown = await get(`${base}?severity=high,urgent`);
        assert.equal(unknown.status, 400);
        assert.match(unknown.body.message, /^query\.severity(\.\d+)?: must be one or more of critical, high, medium, low, info/);
        for (const finding of all) {
          assert.equal(typeof finding.risk, 'string');
          assert.ok(finding.risk.length > 0);
          assert.ok(Array.isArray(finding.references) && finding.references.every((url) => typeof url === 'string'));
        }
      }
    });

    test('registering a GitHub integration without ROLECALL_ENCRYPTION_KEY is a 409 naming the variable', async () => {
      const refused = await stack.http().post('/v1/integrations/github').set(bearer(ADMIN_TOKEN)).send({ owner: 'acme', repo: 'cloud', token: 'ghp_x' });
      assert.equal(refused.status, 409);
      assert.match(refused.body.message, /ROLECALL_ENCRYPTION_KEY/);
    });
  });
}
