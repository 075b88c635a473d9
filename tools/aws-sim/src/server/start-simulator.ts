import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CallCounts } from '../calls/call-counter';
import { FaultEngine } from '../faults/fault-engine';
import type { Faults } from '../faults/faults.schema';
import type { SimResponse } from '../protocols/sim-response';
import { parseWorld } from '../world/parse-world';
import type { World } from '../world/world.schema';
import { handleControlRequest } from './control-routes';
import { handleAwsRequest } from './handle-aws-request';
import { handleKubernetesRequest } from '../kubernetes/handle-kubernetes-request';
import { KUBERNETES_PREFIX } from '../kubernetes/kubernetes-paths';
import type { RawRequest } from './raw-request';
import { SimulatorState } from './simulator-state';

export interface SimulatorOptions {
  world: World;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Replaces the world's faults section. */
  faults?: Faults;
  /** Epoch milliseconds, for tests that need time to pass (credential expiry) without waiting. */
  clock?: () => number;
}

export interface RunningSimulator {
  /** e.g. http://127.0.0.1:43210: use as AWS_ENDPOINT_URL or the clients' endpoint. */
  url: string;
  port: number;
  calls(): CallCounts;
  resetCalls(): void;
  setFaults(faults: Faults): void;
  stop(): Promise<void>;
}

/** Validates the world (unless it came from loadWorld/parseWorld) and serves it over HTTP. */
export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const state = new SimulatorState(parseWorld(options.world), options.faults, options.clock);
  const setFaults = (faults: Faults) => {
    state.faults = new FaultEngine(faults);
  };
  const server = createServer({ keepAlive: true }, (req, res) => {
    serve(state, req, res, setFaults).catch((error: unknown) => {
      console.error('aws-sim: request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  state.kubernetesBaseUrl = url;
  return {
    url,
    port,
    calls: () => state.calls.snapshot(),
    resetCalls: () => state.calls.reset(),
    setFaults,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(state: SimulatorState, req: IncomingMessage, res: ServerResponse, setFaults: (faults: Faults) => void): Promise<void> {
  const request = await readRequest(req);
  const response: SimResponse = request.path.startsWith('/_sim/')
    ? handleControlRequest(state, request, (faults) => setFaults(faults as Faults))
    : request.path.startsWith(KUBERNETES_PREFIX)
      ? await handleKubernetesRequest(state, request)
      : await handleAwsRequest(state, request);
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) });
  res.end(response.body);
}

async function readRequest(req: IncomingMessage): Promise<RawRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = new URL(req.url ?? '/', 'http://sim');
  return { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
}
