import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resourceUri } from './resource-uri';

test('maps an ARN to a scheme-less relative path with encoded segments', () => {
  assert.equal(resourceUri('arn:aws:ecs:us-east-1:123456789012:task-definition/web:12'), 'aws/123456789012/us-east-1/ecs/task-definition/web%3A12');
  assert.equal(resourceUri('arn:aws:iam::123456789012:role/path/to/My Role'), 'aws/123456789012/global/iam/role/path/to/My%20Role');
  assert.equal(resourceUri('arn:aws:s3:::bucket'), 'aws/global/global/s3/bucket');
  assert.equal(resourceUri('arn:aws:eks:eu-west-1:111111111111:cluster/a//..'), 'aws/111111111111/eu-west-1/eks/cluster/a/_/%2E%2E');
});

test('places a value that is not an ARN under aws/other', () => {
  assert.equal(resourceUri('system:serviceaccount:ns/name'), 'aws/other/system%3Aserviceaccount%3Ans%2Fname');
});

test('is deterministic and never carries a scheme', () => {
  const arn = 'arn:aws:iam::123456789012:role/x';
  assert.equal(resourceUri(arn), resourceUri(arn));
  assert.doesNotMatch(resourceUri(arn), /^[a-z][a-z0-9+.-]*:/i);
});
