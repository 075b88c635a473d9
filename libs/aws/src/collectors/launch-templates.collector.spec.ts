import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extraVersionsInUse } from './launch-templates.collector';

test('only numbered versions beyond $Default and $Latest need their own describe', () => {
  const templates = [
    { LaunchTemplateId: 'lt-1', LaunchTemplateName: 'a', DefaultVersionNumber: 2, LatestVersionNumber: 5 },
    { LaunchTemplateId: 'lt-2', LaunchTemplateName: 'b', DefaultVersionNumber: 1, LatestVersionNumber: 1 },
  ];
  const refs = [
    { id: 'lt-1', version: '3' },
    { name: 'a', version: '1' },
    { id: 'lt-1', version: '3' },
    { id: 'lt-1', version: '5' },
    { id: 'lt-1', version: '$Latest' },
    { id: 'lt-2' },
    { id: 'lt-gone', version: '7' },
  ];
  assert.deepEqual([...extraVersionsInUse(templates, refs)], [['lt-1', [1, 3]]]);
});
