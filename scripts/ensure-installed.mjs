// Installs dependencies from the lockfile when node_modules is missing or older than the lockfile,
// so `npm run dev` and `npm test` work straight from a fresh checkout.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.error('installing dependencies from package-lock.json (npm ci)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
