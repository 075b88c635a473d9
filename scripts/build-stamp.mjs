// Even with nothing changed, an incremental TypeScript build re-reads and re-parses every source and
// declaration file (~10-20 s here). A stamp written after a clean build lets the next build stop at
// once when no input is newer. Directories count too: deleting or renaming a file changes its
// directory's mtime, and may break the files that imported it.
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIRS = ['apps', 'libs', 'tools', 'bench', 'test'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json', 'scripts/build.mjs', 'scripts/build-aliases.mjs'];

function newestUnder(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function newestInput() {
  const dirs = SOURCE_DIRS.filter(existsSync).map(newestUnder);
  const files = INPUT_FILES.filter(existsSync).map((file) => statSync(file).mtimeMs);
  return Math.max(...dirs, ...files);
}

const stampPath = (outDir, configPath) => join(outDir, `.${configPath.replace(/[^\w.-]/g, '_')}.built`);

/** True when the last build of this config succeeded and no input changed since. */
export function upToDate(outDir, configPath, buildInfo) {
  const stamp = stampPath(outDir, configPath);
  return existsSync(stamp) && existsSync(buildInfo) && statSync(stamp).mtimeMs >= newestInput();
}

/** Records a successful build. Its mtime is when the build started: a file saved during it is newer. */
export function markBuilt(outDir, configPath, startedAt) {
  const stamp = stampPath(outDir, configPath);
  writeFileSync(stamp, `${new Date(startedAt).toISOString()}\n`);
  utimesSync(stamp, startedAt / 1000, startedAt / 1000);
}
