import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const RELATIVE = join('tools', 'aws-sim', 'worlds', 'sample-org.json');

/** Path of worlds/sample-org.json, found from the compiled or source location (dist/, .out/<name>/ or the repo). */
export function sampleWorldPath(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, RELATIVE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`cannot find ${RELATIVE} above ${__dirname}`);
  }
}
