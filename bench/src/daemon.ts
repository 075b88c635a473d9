import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const API_MAIN = resolve(__dirname, '../../apps/api/src/main.js');
const WORKER_MAIN = resolve(__dirname, '../../apps/worker/src/main.js');

export interface Daemon {
  api: ChildProcess;
  /** Worker processes, each with the same environment (so each takes its own share of the queue). */
  workers: ChildProcess[];
  baseUrl: string;
  token: string;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  /** How many worker processes to start (0: api only). */
  count: number;
  /** Extra node flags for the workers only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
  nodeArgs?: string[];
}

/** The api and worker processes, separate as deployed. */
export async function startDaemon(env: Record<string, string>, workerOptions: WorkerOptions): Promise<Daemon> {
  const port = await freePort();
  const token = 'bench-admin-token-0123456789abcdef';
  const common = { ...process.env, ...env, PORT: String(port), ROLECALL_ADMIN_TOKEN: token, ROLECALL_LOG_LEVEL: 'warn' };
  const api = spawn(process.execPath, [API_MAIN], { env: common, stdio: ['ignore', 'ignore', 'inherit'] });
  const workers = Array.from({ length: workerOptions.count }, () =>
    spawn(process.execPath, [...(workerOptions.nodeArgs ?? []), WORKER_MAIN], { env: common, stdio: ['ignore', 'ignore', 'inherit'] }));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || api.exitCode !== null) throw new Error('the api did not become ready');
    await new Promise((done) => setTimeout(done, 100));
  }
  const stopOne = (child: ChildProcess) =>
    child.exitCode === null ? new Promise<void>((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }) : Promise.resolve();
  return { api, workers, baseUrl, token, stop: async () => { await Promise.all([...workers.map(stopOne), stopOne(api)]); } };
}

export async function call(daemon: Daemon, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${daemon.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${daemon.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}
