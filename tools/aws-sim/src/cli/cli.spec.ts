import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWorld } from '../world/parse-world';
import { WorldValidationError } from '../world/world-error';
import { UsageError, parseFlags } from './cli-flags';
import { generate } from './generate';
import { serve } from './serve';

test('flags: unknown, valueless and missing flags are named', () => {
  assert.deepEqual(parseFlags(['--world', 'w.json', '--port=0'], ['world', 'port'], ['world']), { world: 'w.json', port: '0' });
  assert.throws(() => parseFlags(['--wrld', 'x'], ['world'], []), new UsageError('unknown argument --wrld (expected --world)'));
  assert.throws(() => parseFlags(['--world'], ['world'], []), new UsageError('--world needs a value'));
  assert.throws(() => parseFlags([], ['world'], ['world']), new UsageError('--world is required'));
});

test('generate writes a valid world; serve serves it and prints the URL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aws-sim-cli-'));
  const out = join(dir, 'world.json');
  assert.match(generate(['--accounts', '5', '--seed', 'cli', '--out', out, '--regions', 'us-east-1,eu-west-1']), /^aws-sim: wrote 5 accounts \(\d+\.\d MB\) to .*world\.json in \d+ ms$/);
  const world = parseWorld(JSON.parse(readFileSync(out, 'utf8')));
  assert.equal(world.accounts.length, 5);
  assert.ok(world.accounts.every((a) => a.regions.every((r) => r === 'us-east-1' || r === 'eu-west-1')));
  assert.throws(() => generate(['--accounts', '0', '--seed', '1', '--out', out]), new UsageError('--accounts must be an integer from 1 to 100000, got 0'));
  assert.throws(() => generate(['--accounts', '1', '--seed', '1', '--out', out, '--regions', 'us-east-1,moon-1']), new UsageError('--regions: unknown AWS region moon-1'));

  const lines: string[] = [];
  const sim = await serve(['--world', out, '--port', '0'], (line) => lines.push(line));
  try {
    assert.equal(lines[1], sim.url);
    assert.match(lines[0], /^aws-sim: 5 accounts from .*world\.json, ready in \d+ ms$/);
    assert.deepEqual(await fetch(`${sim.url}/_sim/health`).then((r) => r.json()), { status: 'ok', accounts: 5 });
  } finally {
    await sim.stop();
  }
});

test('serve names the bad world field', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aws-sim-cli-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ organization: { id: 'o-abcdefghij', managementAccountId: '111111111111' }, scanner: { principalArn: 'arn:aws:iam::111111111111:role/S' }, accounts: [] }));
  await assert.rejects(serve(['--world', bad, '--port', '0'], () => undefined), (error: WorldValidationError) => {
    assert.match(error.issues[0], /bad\.json: accounts: /);
    return true;
  });
  await assert.rejects(serve(['--world', bad, '--port', '70000'], () => undefined), new UsageError('--port must be an integer from 0 to 65535, got 70000'));
});
