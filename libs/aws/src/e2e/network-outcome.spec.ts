import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { AwsCallError } from '../errors';
import { openDiscoverySession } from '../sessions';
import { testContext } from './simulator.fixture';

/** A loopback port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

test('an attempt that gets no response (connection refused) counts as a network error, once per attempt', async () => {
  process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${await closedPort()}`;
  process.env.AWS_ACCESS_KEY_ID = 'AKIDSCANNER';
  process.env.AWS_SECRET_ACCESS_KEY = 'scanner-secret';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const session = openDiscoverySession(testContext({ maxAttempts: 2 }));
  try {
    await assert.rejects(session.call('organizations', 'DescribeOrganization', {}), (error: unknown) => {
      assert.ok(error instanceof AwsCallError);
      assert.equal(error.code, 'ECONNREFUSED');
      return true;
    });
    assert.deepEqual(session.calls, { 'organizations:DescribeOrganization': 2 });
    assert.deepEqual(session.outcomes, { 'organizations:network_error': 2 });
  } finally {
    session.close();
  }
});
