import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { processMetrics } from './rolecall-metrics';
import { serveMetrics } from './metrics-server';

test('the worker port answers /health (for container health checks) and /metrics, nothing else', async () => {
  const server = await serveMetrics(processMetrics(), 0);
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const health = await fetch(`${base}/health`);
    assert.deepEqual([health.status, await health.json()], [200, { status: 'live' }]);
    const metrics = await fetch(`${base}/metrics`);
    assert.equal(metrics.status, 200);
    assert.match(await metrics.text(), /rolecall_/);
    assert.equal((await fetch(`${base}/other`)).status, 404);
  } finally {
    server.close();
  }
});
