import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressLine, type ScanDetail } from './demo-client';
import { severityLine } from './demo-summary';

test('progress counts every finished account as done, out of the planned total', () => {
  const scan = { status: 'running', accountTotal: 7, progress: { queued: 2, running: 1, succeeded: 2, partial: 1, failed: 1, cancelled: 0 } } as ScanDetail;
  assert.equal(progressLine(scan), 'scanning: 4/7 accounts done (1 running) - running');
  assert.equal(progressLine({ ...scan, status: 'queued', accountTotal: 0 }), 'scanning: 4/? accounts done (1 running) - queued');
});

test('severity counts read as one line, most severe first, with the total', () => {
  assert.equal(severityLine({ info: 3, low: 1, medium: 0, high: 5, critical: 2 }), 'critical 2 | high 5 | medium 0 | low 1 | info 3 | total 11');
});
