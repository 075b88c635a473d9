// dist is no longer wiped before each build (that is what made every build a full one), so the output
// of a source that was deleted or renamed would linger: a stale *.spec.js would still run in `npm test`.
// This deletes every compiled file under dist whose source (.ts, or .json for copied JSON) is gone.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUTPUT = /\.(js|js\.map|d\.ts|d\.ts\.map)$/;

/** The source path a dist file was compiled or copied from, or undefined for files the build owns. */
function sourceOf(outDir, file) {
  const path = relative(outDir, file);
  if (path.endsWith('.json')) return path;
  if (OUTPUT.test(path)) return path.replace(OUTPUT, '.ts');
  return undefined;
}

/** Deletes outputs without a source and returns how many; build info and unknown files are kept. */
export function pruneDist(outDir = 'dist', sourceRoot = '.') {
  if (!existsSync(outDir)) return 0;
  let pruned = 0;
  const visit = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        visit(file);
        continue;
      }
      if (name.endsWith('.tsbuildinfo')) continue;
      const source = sourceOf(outDir, file);
      if (source !== undefined && !existsSync(join(sourceRoot, source))) {
        rmSync(file);
        pruned++;
      }
    }
  };
  visit(outDir);
  return pruned;
}
