import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ZodError } from 'zod';
import type { Finding, FingerprintedFinding } from '@rolecall/model';
import { ScanAccountsRepository } from '../scan-accounts/scan-accounts.repository';
import { ScansRepository } from '../scans/scans.repository';
import { describeOnEachEngine } from '../testing/each-engine';
import { ACCOUNT_A, ACCOUNT_B, aFinding } from '../testing/fixtures';
import type { FindingPosition } from '../findings/finding';
import { CurrentFindingsRepository } from './current-findings.repository';
import { GithubIntegrationsRepository } from './github-integrations.repository';
import { ScanHistoryRepository } from './scan-history.repository';
import { SuppressionsRepository } from './suppressions.repository';

describeOnEachEngine('outputs repositories', (current) => {
  const db = () => current().database.db;

  async function scanWith(byAccount: Record<string, FingerprintedFinding[]>, accounts = [ACCOUNT_A, ACCOUNT_B]): Promise<string> {
    const scans = new ScansRepository(db());
    const scan = await scans.create({ scope: { accounts } });
    const scanAccounts = new ScanAccountsRepository(db());
    await scanAccounts.plan(scan.id, Object.keys(byAccount).map((accountId) => ({ accountId })));
    for (const [accountId, findings] of Object.entries(byAccount)) {
      await scanAccounts.complete(scan.id, accountId, { status: 'succeeded', awsCalls: {}, gaps: [], findings });
    }
    await scans.finish(scan.id, 'succeeded');
    return scan.id;
  }

  test('diff against the previous completed scan of the same scope', async () => {
    const history = new ScanHistoryRepository(db());
    const first = await scanWith({ [ACCOUNT_A]: [aFinding(ACCOUNT_A, 'a'), aFinding(ACCOUNT_A, 'b')] });
    const otherScope = await scanWith({ [ACCOUNT_A]: [aFinding(ACCOUNT_A, 'z')] }, [ACCOUNT_A]);
    const second = await scanWith({ [ACCOUNT_A]: [aFinding(ACCOUNT_A, 'b'), aFinding(ACCOUNT_A, 'c')] });
    assert.equal(await history.previousCompletedScan(first), undefined);
    assert.equal(await history.previousCompletedScan(second), first);
    assert.equal(await history.previousCompletedScan(otherScope), undefined);
    const diff = await history.diff(second);
    const names = (list: Finding[]) => list.map((finding) => finding.resource.name);
    assert.deepEqual({ previous: diff.previousScanId, new: names(diff.new), unchanged: names(diff.unchanged), resolved: names(diff.resolved) }, {
      previous: first, new: ['c'], unchanged: ['b'], resolved: ['a'],
    });
    assert.deepEqual(names((await history.diff(first)).new), ['a', 'b']);
    assert.deepEqual([...(await history.fingerprintsIn(first, [aFinding(ACCOUNT_A, 'a').fingerprint, 'x']))], [aFinding(ACCOUNT_A, 'a').fingerprint]);
  });

  test('suppressions leave the severity counts; expired ones stop applying', async () => {
    const suppressions = new SuppressionsRepository(db());
    const scanId = await scanWith({
      [ACCOUNT_A]: [aFinding(ACCOUNT_A, 'web-1'), aFinding(ACCOUNT_A, 'web-2', { severity: 'low' }), aFinding(ACCOUNT_A, 'api')],
      [ACCOUNT_B]: [aFinding(ACCOUNT_B, 'web-1')],
    });
    const counts = () => new ScansRepository(db()).countsBySeverity(scanId);
    assert.deepEqual(await counts(), { critical: 0, high: 3, medium: 0, low: 1, info: 0 });
    const byPattern = await suppressions.create({ resourcePattern: 'arn:aws:iam::*:role/web-?', accountId: ACCOUNT_A, reason: 'test roles', createdBy: 'alice' });
    assert.deepEqual(await counts(), { critical: 0, high: 2, medium: 0, low: 0, info: 0 });
    await suppressions.create({ ruleId: 'iam.role.trust-public', reason: 'old', createdBy: 'bob', expiresAt: new Date(Date.now() - 1000) });
    assert.equal((await counts()).high, 2);
    assert.deepEqual((await suppressions.list({ activeOnly: true })).map((s) => s.id), [byPattern.id]);
    assert.equal((await suppressions.list({ activeOnly: false })).length, 2);
    await suppressions.create({ resourcePattern: 'arn:aws:iam::%:role/api', reason: 'literal percent', createdBy: 'bob' });
    assert.equal((await counts()).high, 2);
    assert.equal(await suppressions.delete(byPattern.id), true);
    assert.equal(await suppressions.delete(byPattern.id), false);
    assert.deepEqual(await counts(), { critical: 0, high: 3, medium: 0, low: 1, info: 0 });
    await assert.rejects(suppressions.create({ reason: 'nothing', createdBy: 'x' }), ZodError);
  });

  test('current state: latest completed result per account, pages stable while new results are written', async () => {
    const currentFindings = new CurrentFindingsRepository(db());
    const many = (account: string, prefix: string) => Array.from({ length: 9 }, (_, i) => aFinding(account, `${prefix}-${i}`));
    await scanWith({ [ACCOUNT_A]: many(ACCOUNT_A, 'old'), [ACCOUNT_B]: many(ACCOUNT_B, 'old') });
    await scanWith({ [ACCOUNT_A]: many(ACCOUNT_A, 'cur') });
    const snapshot = await currentFindings.snapshot();
    const seen: Finding[] = [];
    let after: FindingPosition | undefined;
    let pages = 0;
    do {
      const page = await currentFindings.list(snapshot, {}, { limit: 4, after });
      seen.push(...page.items);
      after = page.last;
      pages += 1;
      if (pages === 2) await scanWith({ [ACCOUNT_A]: many(ACCOUNT_A, 'newer'), [ACCOUNT_B]: many(ACCOUNT_B, 'newer') });
    } while (after);
    const names = seen.map((finding) => `${finding.accountId}/${finding.resource.name}`);
    const latest = await scanWith({}, ['999999999999']);
    assert.ok(latest);
    assert.equal(new Set(names).size, 18);
    assert.ok(names.every((name) => name.startsWith(`${ACCOUNT_A}/cur-`) || name.startsWith(`${ACCOUNT_B}/old-`)), names.join());
    const fresh = await currentFindings.list(await currentFindings.snapshot(), { accountId: ACCOUNT_B }, { limit: 100 });
    assert.ok(fresh.items.length > 0 && fresh.items.every((finding) => finding.resource.name.startsWith('newer-')));
    assert.equal(await currentFindings.exists(snapshot), true);
    assert.equal(await currentFindings.exists('nope'), false);
  });

  test('GitHub integrations keep the token sealed and record uploads', async () => {
    const key = randomBytes(32);
    const integrations = new GithubIntegrationsRepository(db());
    const created = await integrations.create(key, { owner: 'acme', repo: 'cloud', ref: 'refs/heads/main', apiBaseUrl: 'https://api.github.com', token: 'ghp_x', createdBy: 'admin' });
    assert.equal(JSON.stringify(created).includes('ghp_x'), false);
    const stored = await db().selectFrom('scans').select('id').execute();
    assert.ok(stored.length > 0);
    assert.equal(await integrations.token(key, created.id), 'ghp_x');
    await assert.rejects(integrations.token(randomBytes(32), created.id));
    const upload = await integrations.createUpload(stored[0].id, created.id);
    assert.equal(upload.status, 'queued');
    const done = await integrations.recordUpload(upload.id, { status: 'complete', sarifIds: ['s1'], errors: [], commitSha: 'a'.repeat(40) });
    assert.deepEqual([done?.status, done?.sarifIds, done?.commitSha, done?.finishedAt instanceof Date], ['complete', ['s1'], 'a'.repeat(40), true]);
    assert.deepEqual((await integrations.uploadsForScan(stored[0].id)).map((u) => u.id), [upload.id]);
    await assert.rejects(integrations.create(key, { owner: 'acme', repo: 'cloud', ref: 'main', apiBaseUrl: 'https://x', token: 't', createdBy: 'a' }), ZodError);

    // A scan's own upload exists once per integration, however often its completion is processed; requests add rows.
    const own = await integrations.ensureScanUpload(stored[0].id, created.id);
    assert.deepEqual([own.trigger, own.status, upload.trigger], ['scan', 'queued', 'request']);
    assert.equal((await integrations.ensureScanUpload(stored[0].id, created.id)).id, own.id);
    const another = await integrations.createUpload(stored[0].id, created.id);
    assert.deepEqual((await integrations.uploadsForScan(stored[0].id)).map((u) => [u.id, u.trigger]), [
      [upload.id, 'request'],
      [own.id, 'scan'],
      [another.id, 'request'],
    ]);
  });
});
