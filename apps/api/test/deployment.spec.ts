import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest directory above this compiled spec that holds the Dockerfile. */
function repositoryRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'Dockerfile')) && existsSync(join(dir, 'docker-compose.yml'))) return dir;
  throw new Error('repository root not found');
}
const root = repositoryRoot();
const read = (file: string) => readFileSync(join(root, file), 'utf8');

test('the image is built from apps and libraries only, without specs, test helpers or tools', () => {
  const dockerfile = read('Dockerfile');
  assert.match(dockerfile, /RUN npx nest build --path tsconfig\.build\.json && npm prune --omit=dev/);
  assert.equal(/COPY (tools|bench)\b/.test(dockerfile), false);
  const build = JSON.parse(read('tsconfig.build.json')) as { include: string[]; exclude: string[] };
  assert.deepEqual(build.include, ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts', 'libs/*/src/**/*.ts']);
  for (const pattern of ['**/*.spec.ts', '**/testing/**', '**/testing.ts', '**/*.factory.ts', '**/*.fixture.ts', '**/*.fixtures.ts']) assert.ok(build.exclude.includes(pattern), pattern);
  const ignored = read('.dockerignore').split('\n');
  for (const entry of ['tools', 'bench', '.env', '**/test', '**/*.spec.ts']) assert.ok(ignored.includes(entry), entry);
});

test('production entry points export no test helpers', () => {
  assert.equal(/testing/.test(read('libs/persistence/src/index.ts')), false);
  assert.equal(/testing/.test(read('libs/reporting/src/index.ts')), false);
  assert.equal(/testing/.test(read('libs/model/src/inventory/index.ts')), false);
});

test('compose: secrets from .env, no hard-coded password, api on loopback, ExternalId required, AWS read-only, health checks', () => {
  const compose = read('docker-compose.yml');
  assert.equal(/POSTGRES_PASSWORD: (?!\$\{POSTGRES_PASSWORD:\?)/.test(compose), false);
  assert.equal(compose.includes('rolecall:rolecall@'), false);
  assert.match(compose, /ports: \["\$\{ROLECALL_BIND:-127\.0\.0\.1\}:\$\{ROLECALL_PORT:-8080\}:8080"\]/);
  assert.equal((compose.match(/ROLECALL_EXTERNAL_ID: \$\{ROLECALL_EXTERNAL_ID:\?/g) ?? []).length, 2);
  assert.equal(compose.includes('ROLECALL_EXTERNAL_ID:-'), false);
  assert.match(compose, /source: \$\{AWS_CONFIG_DIR:-~\/\.aws\}\n\s+target: \/home\/nonroot\/\.aws\n\s+read_only: true/);
  assert.match(compose, /fetch\('http:\/\/127\.0\.0\.1:8080\/health'\)/);
  assert.match(compose, /ROLECALL_WORKER_METRICS_PORT: "9464"/);
  assert.match(compose, /fetch\('http:\/\/127\.0\.0\.1:9464\/health'\)/);
  const example = read('.env.example');
  for (const variable of ['ROLECALL_ADMIN_TOKEN=', 'ROLECALL_EXTERNAL_ID=', 'POSTGRES_PASSWORD=', 'AWS_CONFIG_DIR=']) assert.match(example, new RegExp(`^${variable}`, 'm'));
});
