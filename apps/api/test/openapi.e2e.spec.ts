import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, type Stack } from './stack';
import { foundationWorld } from './foundation-world';

describe('OpenAPI description', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ engine: 'postgres', world: foundationWorld, withWorker: false });
  });
  after(() => stack.close());

  test('/docs/openapi.json describes the scan, token, rule and health endpoints', async () => {
    const response = await stack.http().get('/docs/openapi.json');
    assert.equal(response.status, 200);
    const paths = Object.keys(response.body.paths);
    for (const path of ['/v1/scans', '/v1/scans/{id}', '/v1/scans/{id}/cancel', '/v1/scans/{id}/findings', '/v1/rules', '/v1/tokens', '/v1/tokens/{id}', '/health']) {
      assert.ok(paths.includes(path), `${path} missing from ${paths.join(', ')}`);
    }
    const body = response.body.paths['/v1/scans'].post.requestBody.content['application/json'].schema;
    assert.deepEqual(body.required, ['scope']);
    assert.equal(body.additionalProperties, false);
    assert.deepEqual(response.body.components.securitySchemes.bearer, {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'opaque',
      description: 'A Rolecall API token (rc_...), sent as Authorization: Bearer <token>',
    });
  });
});
