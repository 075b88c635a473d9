import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiClientFiles } from './api-client-files';

const ROOT = resolve(__dirname, '../../../../..');

test('the committed document and client types are what the contracts generate (else: npm run client:generate)', () => {
  for (const [path, expected] of Object.entries(apiClientFiles(ROOT))) {
    assert.equal(readFileSync(path, 'utf8'), expected, `${path} is out of date: run npm run client:generate`);
  }
});
