import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startStack, type Stack } from './stack';
import { foundationWorld } from './foundation-world';
import { documentedOperations, servedRoutes, type OpenApi } from './openapi-document';

describe('OpenAPI document', () => {
  let stack: Stack;
  let document: OpenApi;
  before(async () => {
    stack = await startStack({ engine: 'postgres', world: foundationWorld, withWorker: false });
    const response = await stack.http().get('/docs/openapi.json');
    assert.equal(response.status, 200);
    assert.match(response.headers['content-type'], /^application\/json/);
    document = response.body;
  });
  after(() => stack.close());

  test('an independent validator accepts it as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.equal(validator.version, '3.1');
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
    // The validator does reject: the same schemas labelled 3.0 (the old document's fault) are not valid 3.0.
    assert.equal((await new Validator().validate({ ...structuredClone(document), openapi: '3.0.3' })).valid, false);
  });

  test('the served document is the committed one the client is generated from', () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../../libs/api-client/openapi.json'), 'utf8'));
    assert.deepEqual(document, committed);
  });

  test('it documents exactly the routes the app serves (docs pages aside)', () => {
    const served = servedRoutes(stack.app, /^\w+ \/docs\b/);
    assert.deepEqual(documentedOperations(document), served);
    assert.equal(served.length, 32);
  });

  test('every authenticated operation names its scope; no operation requires an Accept header', () => {
    const scan = document.paths['/v1/scans/{id}'].get;
    assert.deepEqual(scan.security, [{ bearer: ['findings:read'] }]);
    assert.deepEqual(document.paths['/v1/tokens'].post.security, [{ bearer: ['admin'] }]);
    assert.deepEqual(document.paths['/health'].get.security, []);
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        assert.ok(!(operation.parameters ?? []).some((parameter) => parameter.in === 'header'), `${method} ${path} has a header parameter`);
        if (!path.startsWith('/v1/')) continue;
        assert.equal(operation.security[0].bearer.length, 1, `${method} ${path} names no scope`);
        assert.ok(operation.responses['401'] && operation.responses['403'] && operation.responses['429'], `${method} ${path} lacks auth errors`);
      }
    }
  });

  test('findings: JSON page or CSV, severity and state as comma-separated lists, cursor pagination', () => {
    const findings = document.paths['/v1/scans/{id}/findings'].get;
    assert.deepEqual(Object.keys(findings.responses['200'].content ?? {}), ['application/json', 'text/csv']);
    const severity = findings.parameters?.find((parameter) => parameter.name === 'severity');
    assert.deepEqual([severity?.in, severity?.style, severity?.explode, severity?.required], ['query', 'form', false, false]);
    assert.ok(findings.parameters?.some((parameter) => parameter.name === 'state' && parameter.style === 'form'));
    assert.deepEqual(findings.parameters?.map((parameter) => parameter.name).filter((name) => ['limit', 'cursor'].includes(name)), ['limit', 'cursor']);
    assert.deepEqual(Object.keys(document.paths['/v1/scans/{id}/sarif'].get.responses['200'].content ?? {}), ['application/sarif+json']);
  });

  test('the bodies that were missing are described: suppressions, GitHub integrations and uploads', () => {
    for (const path of ['/v1/suppressions', '/v1/integrations/github', '/v1/scans/{id}/github-uploads']) {
      assert.ok(document.paths[path].post.requestBody?.content['application/json'].schema, `${path} has no request body`);
    }
    const body = document.paths['/v1/scans'].post.requestBody?.content['application/json'].schema as { $ref: string };
    const createScan = document.components.schemas[body.$ref.split('/').pop() as string] as { required: string[]; additionalProperties: boolean };
    assert.deepEqual([createScan.required, createScan.additionalProperties], [['scope'], false]);
  });

  test('/docs and /docs/ both lead to the Swagger UI page, which runs under the CSP: no inline scripts', async () => {
    const redirect = await stack.http().get('/docs/');
    assert.deepEqual([redirect.status, redirect.headers.location], [301, '/docs']);
    const page = await stack.http().get('/docs');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-security-policy'], /script-src 'self'.*frame-ancestors 'none'/);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0);
    for (const [, attributes, inline] of scripts) {
      assert.match(attributes, /src=/);
      assert.equal(inline.trim(), '');
      const asset = await stack.http().get(new URL(/src="([^"]+)"/.exec(attributes)![1], 'http://host/docs').pathname);
      assert.equal(asset.status, 200, `${attributes} does not load`);
    }
    const init = await stack.http().get('/docs/swagger-ui-init.js');
    assert.match(init.text, /openapi\.json|"openapi":"3\.1\.0"/);
  });
});
