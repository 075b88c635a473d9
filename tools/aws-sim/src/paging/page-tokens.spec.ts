import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageTokens } from './page-tokens';
import { paginate } from './page';
import type { SimError } from '../protocols/sim-error';

test('page tokens round-trip only within their scope and reject forgeries', () => {
  const tokens = new PageTokens();
  const token = tokens.encode('ecs:ListClusters:111111111111:us-east-1', 100);
  assert.equal(tokens.decode('ecs:ListClusters:111111111111:us-east-1', token), 100);
  assert.equal(tokens.decode('ecs:ListClusters:222222222222:us-east-1', token), undefined);
  assert.equal(tokens.decode('ecs:ListClusters:111111111111:us-east-1', Buffer.from('200.forged').toString('base64url')), undefined);
  assert.equal(tokens.decode('ecs:ListClusters:111111111111:us-east-1', 'garbage'), undefined);
  assert.equal(new PageTokens().decode('ecs:ListClusters:111111111111:us-east-1', token), undefined);
});

test('paginate walks every item once and rejects a forged token', () => {
  const tokens = new PageTokens();
  const all = Array.from({ length: 25 }, (_, i) => i);
  const base = { tokens, scope: 's', service: 'ecs', defaultSize: 10, maxSize: 100, sizeParameter: 'maxResults' };
  const seen: number[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const page = paginate(all, { ...base, token, requested: undefined });
    seen.push(...page.items);
    token = page.nextToken;
    pages++;
  } while (token);
  assert.deepEqual(seen, all);
  assert.equal(pages, 3);
  assert.throws(() => paginate(all, { ...base, token: 'forged', requested: undefined }), (error: SimError) => error.code === 'InvalidParameterException');
  assert.throws(() => paginate(all, { ...base, token: undefined, requested: 101 }), (error: SimError) => error.code === 'InvalidParameterException');
});
