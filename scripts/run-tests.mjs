// Runs every compiled spec (*.spec.js) under the given folders (or the given spec files) with node's test runner.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function specsUnder(dir) {
  if (!statSync(dir).isDirectory()) return dir.endsWith('.spec.js') ? [dir] : [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...specsUnder(path));
    else if (name.endsWith('.spec.js')) found.push(path);
  }
  return found;
}

const roots = process.argv.slice(2);
const files = (roots.length ? roots : ['dist']).flatMap(specsUnder).sort();
if (files.length === 0) {
  console.error('no spec files found under', roots.join(', '));
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
