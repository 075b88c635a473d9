import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AwsLogger } from './aws-context';
import type { AwsSession } from './clients/aws-session';
import { Collection } from './collection';

test('items without an ARN are skipped and the skip is logged; the others are kept in order', () => {
  const warnings: [object, string][] = [];
  const logger: AwsLogger = { debug: () => {}, info: () => {}, warn: (fields, message) => warnings.push([fields, message]) };
  const collection = new Collection({} as AwsSession, '111122223333', logger);
  const items = [{ arn: 'arn:a' }, { arn: '' }, { arn: 'arn:b' }, { arn: '' }];
  assert.deepEqual(collection.identified('ecs cluster', 'us-east-1', items), [{ arn: 'arn:a' }, { arn: 'arn:b' }]);
  assert.deepEqual(warnings, [
    [{ accountId: '111122223333', kind: 'ecs cluster', region: 'us-east-1', skipped: 2 }, 'answer items without an ARN skipped'],
  ]);
  assert.deepEqual(collection.identified('ecs cluster', 'us-east-1', [{ arn: 'arn:a' }]), [{ arn: 'arn:a' }]);
  assert.equal(warnings.length, 1);
});
