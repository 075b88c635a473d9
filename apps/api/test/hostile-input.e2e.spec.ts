import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_ENGINES } from '@rolecall/persistence/testing';
import { ADMIN_TOKEN, bearer, startStack, waitForScan, type Stack } from './stack';
import { MANAGEMENT, PRIVILEGED_TASK_DEFINITION_ARN, foundationWorld } from './foundation-world';

/** Requests an attacker with an ordinary token would send: each gets a 400 naming the field, never a 500, and nothing is stored. */
for (const engine of TEST_ENGINES) {
  describe(`hostile input on ${engine}`, () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({ engine, world: foundationWorld });
    });
    after(() => stack.close());

    const post = (path: string, body: unknown) => stack.http().post(path).set(bearer(ADMIN_TOKEN)).send(body as object);
    const refused = async (path: string, body: unknown, message: string) => {
      const response = await post(path, body);
      assert.deepEqual([response.status, response.body.message], [400, message], JSON.stringify(body));
    };

    test('suppression patterns: repeated stars, too many wildcards and too long are refused naming resourcePattern', async () => {
      const reason = 'probe';
      await refused('/v1/suppressions', { resourcePattern: '******X', reason }, 'body.resourcePattern: must not repeat * (one * already matches any run)');
      await refused('/v1/suppressions', { resourcePattern: '*a'.repeat(17), reason }, 'body.resourcePattern: must have at most 16 wildcards (* and ?)');
      await refused('/v1/suppressions', { resourcePattern: `arn:${'a'.repeat(600)}`, reason }, 'body.resourcePattern: must be at most 512 characters');
      const listed = await stack.http().get('/v1/suppressions').set(bearer(ADMIN_TOKEN));
      assert.deepEqual(listed.body.items, []);
    });

    test('a NUL or a newline in a reason, token name, cron or pattern -> 400 naming the field', async () => {
      await refused('/v1/suppressions', { ruleId: 'ecs.task-definition.privileged-container', reason: 'a\u0000b' }, 'body.reason: must not contain control characters (found U+0000)');
      await refused('/v1/suppressions', { resourcePattern: 'arn:*\u0000', reason: 'r' }, 'body.resourcePattern: must not contain control characters (found U+0000)');
      await refused('/v1/suppressions', { resourcePattern: 'arn:*\nx', reason: 'r' }, 'body.resourcePattern: must not contain control characters (found U+000A)');
      await refused('/v1/tokens', { name: 'ci\u0000', scopes: ['findings:read'] }, 'body.name: must not contain control characters (found U+0000)');
      await refused('/v1/tokens', { name: 'ci\nadmin', scopes: ['findings:read'] }, 'body.name: must not contain control characters (found U+000A)');
      await refused('/v1/schedules', { cron: '0 3 * * *\u0000', scope: { organization: true } }, 'body.cron: must not contain control characters (found U+0000)');
      await refused('/v1/schedules', { cron: '0 3 * *\n*', scope: { organization: true } }, 'body.cron: must not contain control characters (found U+000A)');
      const query = await stack.http().get('/v1/scans?cursor=a%00b').set(bearer(ADMIN_TOKEN));
      assert.deepEqual([query.status, query.body.message], [400, 'query.cursor: must not contain control characters (found U+0000)']);
      // A multi-line reason is meaningful and kept.
      const multiline = await post('/v1/suppressions', { ruleId: 'iam.role.trust-public', reason: 'accepted risk:\n- ticket 42' });
      assert.deepEqual([multiline.status, multiline.body.reason], [201, 'accepted risk:\n- ticket 42']);
      assert.equal((await stack.http().delete(`/v1/suppressions/${multiline.body.id}`).set(bearer(ADMIN_TOKEN))).status, 204);
      const tokens = await stack.http().get('/v1/tokens').set(bearer(ADMIN_TOKEN));
      assert.deepEqual(tokens.body.items, []);
    });

    test('expiresAt without a time zone, not a date or an impossible date -> 400 naming expiresAt', async () => {
      const message = 'body.expiresAt: must be an ISO 8601 date-time with a time zone (Z or +hh:mm), e.g. 2027-01-31T00:00:00Z';
      for (const expiresAt of ['2099-01-01T00:00:00', 'tomorrow', '2099-02-30T00:00:00Z', '2099-01-01', 20990101, null]) {
        const response = await post('/v1/suppressions', { ruleId: 'iam.role.trust-public', reason: 'r', expiresAt });
        assert.equal(response.status, 400, String(expiresAt));
        assert.match(response.body.message, /^body\.expiresAt: /);
        if (typeof expiresAt === 'string') assert.equal(response.body.message, message);
      }
      await refused('/v1/suppressions', { ruleId: 'iam.role.trust-public', reason: 'r', expiresAt: '2000-01-01T00:00:00Z' }, 'body.expiresAt: must be in the future');
    });

    test('GitHub owner and repo follow GitHub name rules: .. and . are not repositories', async () => {
      const integration = { owner: 'acme', repo: 'infra', token: 'ghp_x' };
      const repoRule = 'body.repo: must be a GitHub repository name, not . or ..';
      await refused('/v1/integrations/github', { ...integration, repo: '..' }, repoRule);
      await refused('/v1/integrations/github', { ...integration, repo: '.' }, repoRule);
      await refused('/v1/integrations/github', { ...integration, repo: 'a/b' }, 'body.repo: must be a GitHub repository name (1-100 letters, digits, ., _ or -)');
      const ownerRule = 'body.owner: must be a GitHub user or organization name (1-39 letters, digits or single hyphens, not at either end)';
      for (const owner of ['-acme', 'acme-', 'ac--me', 'a'.repeat(40), '..']) await refused('/v1/integrations/github', { ...integration, owner }, ownerRule);
    });

    test('schedules firing more often than every 5 minutes (the default) are refused naming cron', async () => {
      const scope = { organization: true };
      await refused('/v1/schedules', { cron: '* * * * * *', scope }, 'body.cron: must not fire more often than every 5 minutes (this one fires 1 s apart)');
      await refused('/v1/schedules', { cron: '*/1 * * * *', scope }, 'body.cron: must not fire more often than every 5 minutes (this one fires 60 s apart)');
      await refused('/v1/schedules', { cron: '0,2 3 * * *', scope }, 'body.cron: must not fire more often than every 5 minutes (this one fires 120 s apart)');
      const created = await post('/v1/schedules', { cron: '*/5 * * * *', scope, regions: ['us-east-1', 'eu-west-1', 'us-east-1'] });
      assert.equal(created.status, 201);
      // Duplicate regions are dropped (first occurrence kept).
      assert.deepEqual(created.body.regions, ['us-east-1', 'eu-west-1']);
      const patched = await stack.http().patch(`/v1/schedules/${created.body.id}`).set(bearer(ADMIN_TOKEN)).send({ cron: '* * * * *' });
      assert.deepEqual([patched.status, patched.body.message], [400, 'body.cron: must not fire more often than every 5 minutes (this one fires 60 s apart)']);
      const unchanged = await stack.http().get(`/v1/schedules/${created.body.id}`).set(bearer(ADMIN_TOKEN));
      assert.equal(unchanged.body.cron, '*/5 * * * *');
      assert.equal((await stack.http().delete(`/v1/schedules/${created.body.id}`).set(bearer(ADMIN_TOKEN))).status, 204);
    });

    test('duplicate regions scan each region once: the same AWS calls as the region given once', async () => {
      const scanOf = async (regions: string[]) => {
        const created = await post('/v1/scans', { scope: { accounts: [MANAGEMENT] }, regions });
        assert.equal(created.status, 202);
        return { created: created.body, done: await waitForScan(stack, created.body.id) };
      };
      const twice = await scanOf(['us-east-1', 'us-east-1']);
      assert.deepEqual(twice.created.regions, ['us-east-1']);
      assert.equal(twice.done.status, 'succeeded');
      const once = await scanOf(['us-east-1']);
      assert.equal(once.done.status, 'succeeded');
      const accountOf = (scan: Record<string, unknown>) => (scan.accounts as { attempts: number; awsCalls: Record<string, number>; findingCount: number }[])[0];
      assert.equal(accountOf(twice.done).attempts, 1);
      assert.deepEqual(accountOf(twice.done).awsCalls, accountOf(once.done).awsCalls);
      assert.equal(accountOf(twice.done).findingCount, 6);
    });

    test('the findings API with hostile but accepted patterns still answers and applies the real suppression', async () => {
      const created = await post('/v1/scans', { scope: { accounts: [MANAGEMENT] }, regions: ['us-east-1'] });
      await waitForScan(stack, created.body.id);
      for (let index = 0; index < 20; index++) {
        const hostile = await post('/v1/suppressions', { resourcePattern: `*a*a*a*a*a*a*a*a*a*a*a*a*a*a*X${index}`, reason: 'hostile' });
        assert.equal(hostile.status, 201);
      }
      const real = await post('/v1/suppressions', { resourcePattern: '*:task-definition/web:?', ruleId: 'ecs.task-definition.privileged-container', reason: 'accepted' });
      assert.equal(real.status, 201);
      const findings = await stack.http().get(`/v1/scans/${created.body.id}/findings?limit=500`).set(bearer(ADMIN_TOKEN));
      assert.equal(findings.status, 200);
      const suppressed = (findings.body.items as { ruleId: string; resource: { arn: string }; suppression: { id: string } | null }[])
        .filter((item) => item.suppression !== null)
        .map((item) => [item.ruleId, item.resource.arn, item.suppression?.id]);
      assert.deepEqual(suppressed, [['ecs.task-definition.privileged-container', PRIVILEGED_TASK_DEFINITION_ARN, real.body.id]]);
    });
  });
}
