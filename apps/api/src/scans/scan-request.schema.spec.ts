import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BadRequestException } from '@nestjs/common';
import { ZodValidationPipe } from '../common/zod-validation';
import { findingsQuerySchema } from './scan-request.schema';

const pipe = new ZodValidationPipe(findingsQuerySchema, 'query');

test('severity takes several values, comma-separated or repeated, in severity order without duplicates', () => {
  assert.deepEqual(pipe.transform({ severity: 'high,critical' }).severity, ['critical', 'high']);
  assert.deepEqual(pipe.transform({ severity: ['high', 'critical'] }).severity, ['critical', 'high']);
  assert.deepEqual(pipe.transform({ severity: ['low,high', 'low'] }).severity, ['high', 'low']);
  assert.deepEqual(pipe.transform({ severity: 'info' }).severity, ['info']);
  assert.equal(pipe.transform({}).severity, undefined);
});

test('an unknown or empty severity is a 400 naming the field', () => {
  for (const severity of ['high,urgent', ['urgent'], '', 'high,']) {
    assert.throws(
      () => pipe.transform({ severity }),
      (error: unknown) =>
        error instanceof BadRequestException &&
        /^query\.severity(\.\d+)?: must be one or more of critical, high, medium, low, info/.test(error.message),
      JSON.stringify(severity),
    );
  }
});
