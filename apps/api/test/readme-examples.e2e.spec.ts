import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';
import { loadWorld, sampleWorldPath } from '@rolecall/aws-sim';
import { readmeExamples, readmePath } from './readme-examples';
import { ADMIN_TOKEN, startStack, type Stack } from './stack';

const run = promisify(execFile);

/**
 * The README's API examples, run as written with bash against the api and a worker over the sample
 * organization. Asynchronous child processes: the api answers from this same process.
 */
describe('README API examples', () => {
  let stack: Stack;
  let url: string;
  before(async () => {
    stack = await startStack({
      engine: 'pglite',
      world: loadWorld(sampleWorldPath()),
      env: { ROLECALL_ENCRYPTION_KEY: '3f1c9a7e5b2d4086a1e3c5b7d9f0214365879ab0cde1f2a3b4c5d6e7f8091a2b' },
    });
    await stack.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(stack.app.getHttpServer().address() as AddressInfo).port}`;
  });
  after(() => stack?.close());

  const examples = readmeExamples();

  test('the section starts by setting the two variables every example uses', () => {
    assert.ok(examples.length >= 10, `${examples.length} examples`);
    const [setup] = examples;
    assert.equal(setup?.expect, 'setup');
    assert.match(setup!.script, /^export ROLECALL_URL=http:\/\/localhost:8080\nexport TOKEN=/);
    assert.ok(!examples.some((example) => /<[a-z-]+>/.test(example.script)), 'no <placeholder> to replace by hand');
  });

  test('the README names every route the api serves', async () => {
    const readme = readFileSync(readmePath(), 'utf8');
    const openapi = (await stack.http().get('/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const missing = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.keys(methods).filter(() => !readme.includes(`${path}\``) && !readme.includes(`${path} `)).map((method) => `${method.toUpperCase()} ${path}`),
    );
    assert.ok(Object.keys(openapi.paths).length >= 20);
    assert.deepEqual(missing, []);
  });

  for (const example of examples.filter((candidate) => candidate.expect !== 'setup')) {
    test(`example ${example.index}: ${example.script.split('\n')[0]!.slice(0, 70)}`, async () => {
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ROLECALL_URL: url, TOKEN: ADMIN_TOKEN };
      const result = await run('bash', ['-euo', 'pipefail', '-c', example.script], { env, timeout: 90_000 }).catch(
        (error: { code?: number; stdout?: string; stderr?: string }) => {
          throw new Error(`exit ${error.code}\nstdout: ${error.stdout}\nstderr: ${error.stderr}\nscript:\n${example.script}`);
        },
      );
      assert.match(result.stdout.trimEnd(), example.expect as RegExp, `script:\n${example.script}`);
    });
  }
});
