import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import type { EgressPolicy } from './egress-policy';
import { hasControlCharacter, redactRemoteText } from './redact';

export interface EgressLimits {
  /** From the start of a request until its socket is connected (TLS included). */
  connectTimeoutMs: number;
  /** From the start of a request until its whole response is read. */
  timeoutMs: number;
  /** Reading stops, and the call fails, past this many response bytes. */
  maxResponseBytes: number;
}

export interface EgressRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Aborts the call (a worker shutting down). */
  signal?: AbortSignal;
  /** PEM certificates the server's chain must lead to, instead of the public roots (an EKS cluster's own CA). */
  ca?: string;
}

export interface EgressResponse {
  status: number;
  statusText: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type EgressFailure = 'refused' | 'timeout' | 'too-large' | 'network' | 'aborted';

/** A call that was refused by the policy or did not complete. The message holds no header value and no remote secret. */
export class EgressError extends Error {
  constructor(
    message: string,
    readonly failure: EgressFailure,
  ) {
    super(message);
  }
}

type Resolver = (hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * The one outbound HTTP client. Each call: the URL is checked against the policy, the host resolved
 * once and every address checked, the socket connects to a checked address (a custom `lookup`, so a
 * second DNS answer cannot rebind it) and its remote address is checked again; redirects are returned,
 * never followed; connect and total timeouts; reading stops at the size cap.
 */
export class EgressClient {
  constructor(
    private readonly policy: EgressPolicy,
    private readonly limits: EgressLimits,
    private readonly resolve: Resolver = (hostname, options, callback) => dnsLookup(hostname, options, callback),
  ) {}

  request(call: EgressRequest): Promise<EgressResponse> {
    const checked = this.policy.checkUrl(call.url);
    if ('error' in checked) return Promise.reject(new EgressError(`refused ${call.method} ${safeOrigin(call.url)}: the URL ${checked.error}`, 'refused'));
    const url = checked.url;
    for (const [name, value] of Object.entries(call.headers ?? {})) {
      if (hasControlCharacter(value)) return Promise.reject(new EgressError(`refused: header ${name} holds a control character`, 'refused'));
    }
    if (call.signal?.aborted) return Promise.reject(new EgressError('aborted: the process is stopping', 'aborted'));
    const origin = url.origin;
    return new Promise<EgressResponse>((resolve, reject) => {
      let request: ClientRequest | undefined;
      let settled = false;
      const timers: NodeJS.Timeout[] = [];
      const finish = (error: EgressError | undefined, response?: EgressResponse) => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        call.signal?.removeEventListener('abort', onAbort);
        if (error) {
          request?.destroy();
          reject(error);
        } else resolve(response!);
      };
      const onAbort = () => finish(new EgressError(`aborted ${call.method} ${origin}: the process is stopping`, 'aborted'));
      call.signal?.addEventListener('abort', onAbort, { once: true });
      timers.push(setTimeout(() => finish(new EgressError(`${call.method} ${origin} took longer than ${this.limits.timeoutMs} ms`, 'timeout')), this.limits.timeoutMs));
      timers.push(setTimeout(() => finish(new EgressError(`${origin} did not connect within ${this.limits.connectTimeoutMs} ms`, 'timeout')), this.limits.connectTimeoutMs));
      const connectTimer = timers[1];

      const options: RequestOptions = {
        method: call.method,
        headers: { ...call.headers, ...(call.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(call.body)) }) },
        lookup: this.lookup,
        agent: false,
        ...(call.ca === undefined ? {} : { ca: call.ca }),
      };
      try {
        request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options);
      } catch (error) {
        finish(new EgressError(`${call.method} ${origin} failed: ${redactRemoteText((error as Error).message)}`, 'network'));
        return;
      }
      request.on('socket', (socket: Socket) => {
        const connected = url.protocol === 'https:' ? 'secureConnect' : 'connect';
        socket.once('connect', () => {
          const why = socket.remoteAddress === undefined ? 'the connected address is unknown' : this.policy.checkAddress(socket.remoteAddress);
          if (why) finish(new EgressError(`refused ${origin}: ${why}`, 'refused'));
        });
        socket.once(connected, () => clearTimeout(connectTimer));
      });
      request.on('error', (error: Error) => finish(error instanceof EgressError ? error : new EgressError(`${call.method} ${origin} failed: ${describe(error)}`, 'network')));
      request.on('response', (response: IncomingMessage) => {
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > this.limits.maxResponseBytes) {
          finish(this.tooLarge(origin));
          return;
        }
        const chunks: Buffer[] = [];
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > this.limits.maxResponseBytes) finish(this.tooLarge(origin));
          else chunks.push(chunk);
        });
        response.on('error', (error: Error) => finish(new EgressError(`${call.method} ${origin} failed: ${describe(error)}`, 'network')));
        response.on('end', () =>
          finish(undefined, { status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      request.end(call.body);
    });
  }

  /** Resolves once, refuses when any address is not allowed, and hands the checked addresses to the socket. */
  private readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.resolve(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses) => {
      if (error) return callback(new EgressError(`${hostname} did not resolve (${error.code ?? 'DNS error'})`, 'network'), '', 4);
      const refused = addresses.map((entry) => this.policy.checkAddress(entry.address)).find((why) => why !== undefined);
      if (refused || addresses.length === 0) return callback(new EgressError(`refused ${hostname}: ${refused ?? 'no address'}`, 'refused'), '', 4);
      if (options.all) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };

  private tooLarge(origin: string): EgressError {
    return new EgressError(`the answer of ${origin} exceeded ${this.limits.maxResponseBytes} bytes; reading stopped`, 'too-large');
  }
}

/** A network error by its code (ECONNREFUSED, ECONNRESET ...) and redacted message, never a header value. */
function describe(error: Error & { code?: string }): string {
  return error.code ? `${error.code}` : redactRemoteText(error.message);
}

function safeOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return 'an invalid URL';
  }
}
