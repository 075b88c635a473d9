import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const heldByThisProcess = new Set<string>();

/**
 * PGlite does not stop two processes from opening one data directory, and writes are
 * lost when they do. This lock file (holding the owner's pid) makes a second opener fail
 * instead. A lock left by a dead process, or by an earlier life of this pid (a restarted
 * container), is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, 'rolecall.lock');
  if (!tryCreate(path)) {
    const owner = readOwner(path);
    if (owner !== undefined && isAlive(owner) && (owner !== process.pid || heldByThisProcess.has(path))) {
      throw new Error(`data directory ${dir} is in use by process ${owner}`);
    }
    rmSync(path, { force: true });
    if (!tryCreate(path)) throw new Error(`data directory ${dir} was locked by another process while starting`);
  }
  heldByThisProcess.add(path);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    heldByThisProcess.delete(path);
    rmSync(path, { force: true });
  };
}

/** Writes the pid beside the lock, then links it into place: the lock never exists half written. */
function tryCreate(path: string): boolean {
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, String(process.pid));
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

function readOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
