import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The compiled worker entry point beside this compiled test (dist/ or .out/<name>/). */
export const WORKER_MAIN = join(__dirname, '..', 'src', 'main.js');

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves once the worker logged that it consumes jobs. */
  started: Promise<void>;
  /** Resolves with the exit code or signal. */
  exited: Promise<string>;
  /** Everything the worker wrote to stdout (pino JSON lines) so far. */
  output(): string;
  /** Everything the worker wrote to stderr so far. */
  errors(): string;
  /** Sends a signal and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<string>;
}

/** Starts `node <worker main>` with the given environment; its pino lines are read for the start event. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: { ...process.env, ...env, ROLECALL_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += String(chunk);
  });
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  let stdout = '';
  const started = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += String(chunk);
      if (stdout.includes('rolecall worker started')) resolve();
    });
    void exited.then((how) => reject(new Error(`worker ended (${how}) before starting: ${stderr.slice(-2000)}`)));
  });
  return {
    child,
    started,
    exited,
    output: () => stdout,
    errors: () => stderr,
    stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
