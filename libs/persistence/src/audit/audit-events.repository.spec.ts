import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZodError } from 'zod';
import { describeOnEachEngine } from '../testing/each-engine';
import { AuditEventsRepository } from './audit-events.repository';

describeOnEachEngine('AuditEventsRepository', (current) => {
  const events = () => new AuditEventsRepository(current().database.db);
  const base = { tokenName: 'ci', method: 'POST', path: '/v1/scans', status: 202, sourceAddress: '127.0.0.1' };

  test('records events and lists them newest first, page by page, without losing or repeating one', async () => {
    const recorded = [];
    for (let index = 0; index < 7; index++) {
      recorded.push(await events().record({ ...base, tokenId: index % 2 ? 'bootstrap-admin' : '0b0b0b0b-0000-4000-8000-000000000001', action: `scans.create`, targetId: `t${index}` }));
    }
    const seen: string[] = [];
    let after;
    do {
      const page = await events().list({ limit: 3, after });
      seen.push(...page.items.map((event) => event.targetId ?? ''));
      after = page.last;
    } while (after);
    assert.deepEqual(seen, ['t6', 't5', 't4', 't3', 't2', 't1', 't0']);
    const byToken = await events().list({ limit: 10, tokenId: 'bootstrap-admin' });
    assert.deepEqual(byToken.items.map((event) => event.targetId), ['t5', 't3', 't1']);
    assert.equal(byToken.last, undefined);
    assert.deepEqual(
      { ...recorded[0], id: undefined, occurredAt: undefined },
      { ...base, id: undefined, occurredAt: undefined, tokenId: '0b0b0b0b-0000-4000-8000-000000000001', action: 'scans.create', targetId: 't0', userAgent: null },
    );
  });

  test('control characters in free text are replaced; invalid events are refused', async () => {
    const event = await events().record({ ...base, tokenId: 'x', action: 'tokens.create', userAgent: 'curl\u0000/8\n', path: '/v1/tokens' });
    assert.equal(event.userAgent, 'curl?/8?');
    await assert.rejects(events().record({ ...base, tokenId: '', action: 'x' }), ZodError);
  });
});
