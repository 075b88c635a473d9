import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const API_MAIN = resolve(__dirname, '../../apps/api/src/main.js');
const WORKER_MAIN = resolve(__dirname, '../../apps/worker/src/main.js');

export interface Daemon {
  api: ChildProcess;
  worker?: ChildProcess;
  baseUrl: string;
  token: string;
  stop(): Promise<void>;
}

/** The api and (optionally) a worker as separate processes, as deployed. */
export async function startDaemon(env: Record<string, string>, withWorker: boolean): Promise<Daemon> {
  const port = await freePort();
  const token = 'bench-admin-token-0123456789abcdef';
  const common = { ...process.env, ...env, PORT: String(port), ROLECALL_ADMIN_TOKEN: token, ROLECALL_LOG_LEVEL: 'warn' };
  const api = spawn(process.execPath, [API_MAIN], { env: common, stdio: ['ignore', 'ignore', 'inherit'] });
  const worker = withWorker ? spawn(process.execPath, [WORKER_MAIN], { env: common, stdio: ['ignore', 'ignore', 'inherit'] }) : undefined;
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || api.exitCode !== null) throw new Error('the api did not become ready');
    await new Promise((done) => setTimeout(done, 100));
  }
  const stopOne = (child: ChildProcess | undefined) =>
    child && child.exitCode === null ? new Promise<void>((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }) : Promise.resolve();
  return { api, worker, baseUrl, token, stop: async () => { await Promise.all([stopOne(worker), stopOne(api)]); } };
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
