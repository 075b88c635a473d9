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
    for (const path of ['/v1/scans', '/v1/scans/{id}', '/v1/scans/{id}/cancel', '/v1/scans/{id}/findings', '/v1/rules', '/v1/tokens', '/v1/tokens/{id}', '/health', '/v1/audit-events']) {
      assert.ok(paths.includes(path), `${path} missing from ${paths.join(', ')}`);
    }
    const audit = response.body.paths['/v1/audit-events'].get;
    assert.deepEqual(audit.parameters.map((parameter: { name: string }) => parameter.name).sort(), ['cursor', 'limit', 'tokenId']);
    assert.match(response.body.paths['/metrics'].get.description, /ROLECALL_METRICS_TOKEN/);
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

  test('/docs is public and its page runs under its Content-Security-Policy: no inline scripts, not frameable', async () => {
    const page = await stack.http().get('/docs/');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-security-policy'], /script-src 'self'.*frame-ancestors 'none'/);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0);
    for (const [, attributes, inline] of scripts) {
      assert.match(attributes, /src=/);
      assert.equal(inline.trim(), '');
    }
  });
});
