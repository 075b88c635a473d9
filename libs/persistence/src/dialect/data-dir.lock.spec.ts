import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { lockDataDir } from './data-dir.lock';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rolecall-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockFile = () => join(dir, 'rolecall.lock');

test('the lock holds this pid until released', () => {
  const unlock = lockDataDir(dir);
  assert.equal(readFileSync(lockFile(), 'utf8'), String(process.pid));
  assert.throws(() => lockDataDir(dir), { message: `data directory ${dir} is in use by process ${process.pid}` });
  unlock();
  assert.equal(existsSync(lockFile()), false);
  const next = lockDataDir(dir);
  unlock();
  assert.equal(readFileSync(lockFile(), 'utf8'), String(process.pid), 'a second release must not drop the next holder\'s lock');
  next();
});

test('a live process keeps its lock', () => {
  writeFileSync(lockFile(), String(process.ppid));
  assert.throws(() => lockDataDir(dir), { message: `data directory ${dir} is in use by process ${process.ppid}` });
  assert.equal(readFileSync(lockFile(), 'utf8'), String(process.ppid));
});

test('a lock left by a dead process is taken over', () => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(lockFile(), child.stdout);
  const unlock = lockDataDir(dir);
  assert.equal(readFileSync(lockFile(), 'utf8'), String(process.pid));
  unlock();
});

test('a lock left by an earlier life of this pid (a restarted container) is taken over', () => {
  writeFileSync(lockFile(), String(process.pid));
  const unlock = lockDataDir(dir);
  assert.throws(() => lockDataDir(dir), { message: `data directory ${dir} is in use by process ${process.pid}` });
  unlock();
});
