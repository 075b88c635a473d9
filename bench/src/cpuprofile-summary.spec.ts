import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perWorkerConcurrency } from './bench-config';
import { groupOf, summarize } from './cpuprofile-summary';

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({ id, callFrame: { functionName, url, lineNumber: 0 }, children });

test('groupOf names the package, our lib, node or V8 of a frame', () => {
  assert.equal(groupOf('file:///w/node_modules/@smithy/core/dist-cjs/index.js', 'f'), '@smithy/core');
  assert.equal(groupOf('file:///w/node_modules/pg/lib/client.js', 'f'), 'pg');
  assert.equal(groupOf('file:///w/.out/me/libs/rules/src/policy/grants.js', 'f'), 'libs/rules');
  assert.equal(groupOf('node:internal/streams/writable', 'f'), 'node:internal');
  assert.equal(groupOf('', '(garbage collector)'), '((garbage collector))');
});

test('summarize adds self time per function and inclusive time once per our file on the stack', () => {
  const profile = {
    nodes: [
      frame(1, '(root)', '', [2]),
      frame(2, 'run', 'file:///w/libs/scanner/src/account-scanner.js', [3, 4]),
      frame(3, 'parse', 'file:///w/node_modules/zod/index.cjs', [5]),
      frame(4, 'run', 'file:///w/libs/scanner/src/account-scanner.js'),
      frame(5, 'check', 'file:///w/libs/rules/src/check.js'),
    ],
    samples: [3, 3, 4, 5],
    timeDeltas: [1000, 2000, 3000, 4000],
  };
  const summary = summarize(profile, 10);
  assert.equal(summary.totalMs, 10);
  assert.deepEqual(summary.selfByGroup, [
    '      4 ms  40.0%  libs/rules',
    '      3 ms  30.0%  zod',
    '      3 ms  30.0%  libs/scanner',
  ]);
  assert.deepEqual(summary.inclusiveByOurFile, [
    '     10 ms 100.0%  libs/scanner/src/account-scanner.js',
    '      4 ms  40.0%  libs/rules/src/check.js',
  ]);
  assert.equal(summary.selfByFunction[0], '      4 ms  40.0%  check libs/rules/src/check.js:1');
});

test('each worker process takes its share of the accounts in flight, rounded up', () => {
  assert.equal(perWorkerConcurrency({ BENCH_CONCURRENCY: 64, BENCH_WORKERS: 1 }), 64);
  assert.equal(perWorkerConcurrency({ BENCH_CONCURRENCY: 64, BENCH_WORKERS: 2 }), 32);
  assert.equal(perWorkerConcurrency({ BENCH_CONCURRENCY: 64, BENCH_WORKERS: 3 }), 22);
});
