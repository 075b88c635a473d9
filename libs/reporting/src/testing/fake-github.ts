import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the fake answers: per call, a status and JSON body (the last entry repeats). */
export interface FakeGithubScript {
  upload: Array<{ status: number; body: unknown }>;
  status: Array<{ status: number; body: unknown }>;
  /** Answers GET .../commits/{ref}; defaults to 200 with a fixed sha. */
  commit?: Array<{ status: number; body: unknown }>;
}

export const FAKE_COMMIT_SHA = 'c0ffee'.padEnd(40, '0');

/** A local HTTP server playing GitHub's code scanning SARIF endpoints, recording every request. */
export class FakeGithub {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;

  constructor(public script: FakeGithubScript) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const recorded = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
        this.requests.push(recorded);
        const kind = kindOf(recorded);
        const list = this.script[kind] ?? [{ status: 200, body: { sha: FAKE_COMMIT_SHA } }];
        const calls = this.requests.filter((r) => kindOf(r) === kind).length;
        const answer = list[Math.min(calls, list.length) - 1];
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v3`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }
}

function kindOf(request: RecordedRequest): 'upload' | 'commit' | 'status' {
  return request.method === 'POST' ? 'upload' : request.path.includes('/commits/') ? 'commit' : 'status';
}
