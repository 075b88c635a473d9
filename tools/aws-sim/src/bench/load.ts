import { Agent, request } from 'node:http';

export interface LoadOptions {
  url: string;
  /** Requests in flight at once. */
  concurrency: number;
  durationMs: number;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
}

/** Sends the same request over keep-alive connections for a while and counts answers. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const target = new URL(options.path, options.url);
  const deadline = Date.now() + options.durationMs;
  let requests = 0;
  let errors = 0;
  const once = () =>
    new Promise<void>((resolve) => {
      const req = request(target, { method: 'POST', agent, headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body) } }, (res) => {
        if (res.statusCode !== 200) errors++;
        res.resume().on('end', () => resolve());
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(options.body);
    });
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < deadline) {
      await once();
      requests++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return { requests, errors, perSecond: Math.round(requests / ((Date.now() - started) / 1000)) };
}

/** An Authorization header with a SigV4 credential scope (the simulator reads the scope, not the signature). */
export function authorization(service: string, region = 'us-east-1', accessKeyId = 'AKIDBENCH'): string {
  return `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20250101/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`;
}
