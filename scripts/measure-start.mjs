// Measures how long a developer waits: `npm run build` cold (no dist, no build info), warm (nothing
// changed) and after one file is saved, and `npm run dev` until it says it is ready, cold and warm. Prints one JSON object.
// Usage: node scripts/measure-start.mjs [label] > bench/results/start-<label>.json
import { execSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';

// The dev server's own "ready" log line; present before and after the fast-start work.
const READY = /running in one process/;
const seconds = (start) => Math.round((performance.now() - start) / 100) / 10;
const clean = () => {
  for (const path of ['dist', '.out/build', 'tsconfig.tsbuildinfo']) rmSync(path, { recursive: true, force: true });
};

function timeBuild() {
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
  return seconds(start);
}

// Starts `npm run dev` on a port and queue prefix of its own (other people share this Redis).
function timeDev() {
  const env = {
    ...process.env,
    PORT: '18931',
    ROLECALL_QUEUE_PREFIX: 'measure-start',
    ROLECALL_DATA_DIR: mkdtempSync(join(tmpdir(), 'rolecall-measure-')),
    ROLECALL_EXTERNAL_ID: 'measure-start',
  };
  const start = performance.now();
  const child = spawn('npm', ['run', 'dev'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      if (!READY.test(output)) return;
      const elapsed = seconds(start);
      process.kill(-child.pid, 'SIGTERM');
      resolve(elapsed);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm run dev exited (${code}) before ready:\n${output.slice(-2000)}`)));
  });
}

const label = process.argv[2] ?? 'now';
clean();
const buildCold = timeBuild();
const buildWarm = timeBuild();
// An edit without a type change: one library file saved again.
const now = new Date();
utimesSync('libs/config/src/index.ts', now, now);
const buildOneFileSaved = timeBuild();
clean();
const devCold = await timeDev();
await setTimeout(1000);
const devWarm = await timeDev();
const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
const result = {
  label,
  date: new Date().toISOString(),
  commit: execSync('git rev-parse --short HEAD').toString().trim(),
  uname: execSync('uname -a').toString().trim(),
  cpu: `${cpuModel} (${cpus().length} visible cores, shared with other work)`,
  node: process.version,
  seconds: { buildCold, buildWarm, buildOneFileSaved, devCold, devWarm },
};
console.log(JSON.stringify(result, null, 2));
process.exit(0);
