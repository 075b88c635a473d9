import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContractChecker } from './contract-checker';
import type { OpenApi } from './openapi-document';

const document: OpenApi = {
  openapi: '3.1.0',
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        security: [],
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          '204': {},
        },
      },
    },
  },
  components: { schemas: { Thing: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false } } },
};
const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, text: JSON.stringify(body) });

test('a matching response passes and counts the operation as tested', () => {
  const checker = new ContractChecker(document);
  assert.deepEqual(checker.untested(), ['GET /things/{id}']);
  checker.check('GET /things/{id}', json(200, { id: 'a' }));
  assert.deepEqual(checker.untested(), []);
});

test('an undocumented operation, status, content type, field or missing field fails', () => {
  const checker = new ContractChecker(document);
  assert.throws(() => checker.check('POST /things/{id}', json(200, { id: 'a' })), /POST \/things\/\{id\} is not in the document/);
  assert.throws(() => checker.check('GET /things/{id}', json(500, {})), /answered 500, which the document does not list/);
  assert.throws(() => checker.check('GET /things/{id}', { status: 200, headers: { 'content-type': 'text/csv' }, text: 'id\n' }), /answered text\/csv; documented: application\/json/);
  assert.throws(() => checker.check('GET /things/{id}', json(200, { id: 'a', extra: 1 })), /must NOT have additional properties/);
  assert.throws(() => checker.check('GET /things/{id}', json(200, {})), /must have required property 'id'/);
  assert.throws(() => checker.check('GET /things/{id}', json(204, {})), /should have no body/);
  assert.deepEqual(checker.untested(), ['GET /things/{id}']);
});
