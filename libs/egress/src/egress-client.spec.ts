import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { EgressClient, EgressError, type EgressLimits } from './egress-client';
import { EgressPolicy } from './egress-policy';

const CAP = 64 * 1024;
const LIMITS: EgressLimits = { connectTimeoutMs: 200, timeoutMs: 300, maxResponseBytes: CAP };
const testing = new EgressPolicy({ allowedHosts: [], allowListSource: 'ROLECALL_GITHUB_HOSTS', allowInsecureLoopback: true });

/** Answers /ok at once, never answers /hang, streams up to 1 GiB on /huge (counting what it could write), redirects /moved. */
let server: Server;
let base = '';
let hugeWritten = 0;
const open = new Set<Socket>();
/** Accepts TCP connections and never speaks TLS (a connect that never completes). */
let silent: TcpServer;
let silentPort = 0;

before(async () => {
  server = createHttpServer((request, response) => {
    if (request.url === '/ok') return void response.end('{"ok":true}');
    if (request.url === '/moved') return void response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data' }).end();
    if (request.url === '/declared') return void response.writeHead(200, { 'content-length': String(CAP + 1) }).end('x'.repeat(CAP + 1));
    if (request.url === '/huge') {
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (hugeWritten < 1024 ** 3 && !response.destroyed) {
          hugeWritten += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
      };
      return pump();
    }
    // /hang: read the request, never answer.
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  silent = createTcpServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as AddressInfo).port;
});
after(async () => {
  for (const socket of open) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => silent.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<EgressError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  assert.ok(error instanceof EgressError, `expected an EgressError, got ${String(error)}`);
  return error;
}

test('a plain call returns status and body', async () => {
  const response = await new EgressClient(testing, LIMITS).request({ url: `${base}/ok`, method: 'GET' });
  assert.deepEqual([response.status, response.body], [200, '{"ok":true}']);
});

test('a server that never answers is given up after the total timeout, and its socket closed', async () => {
  const error = await failure(new EgressClient(testing, LIMITS).request({ url: `${base}/hang`, method: 'GET' }));
  assert.deepEqual([error.failure, error.message], ['timeout', `GET ${base} took longer than 300 ms`]);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal([...open].filter((socket) => socket.localPort === (server.address() as AddressInfo).port).length, 0);
});

test('a TLS handshake that never completes is given up after the connect timeout', async () => {
  const error = await failure(new EgressClient(testing, { ...LIMITS, timeoutMs: 60_000 }).request({ url: `https://127.0.0.1:${silentPort}/`, method: 'GET' }));
  assert.deepEqual([error.failure, error.message], ['timeout', `https://127.0.0.1:${silentPort} did not connect within 200 ms`]);
});

test('reading stops at the size cap: a 1 GiB answer is cut off after a bounded amount', async () => {
  const error = await failure(new EgressClient(testing, { ...LIMITS, timeoutMs: 60_000 }).request({ url: `${base}/huge`, method: 'GET' }));
  assert.deepEqual([error.failure, error.message], ['too-large', `the answer of ${base} exceeded ${CAP} bytes; reading stopped`]);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(hugeWritten < 64 * 1024 * 1024, `the server wrote ${hugeWritten} bytes before the client hung up`);
  const declared = await failure(new EgressClient(testing, LIMITS).request({ url: `${base}/declared`, method: 'GET' }));
  assert.equal(declared.failure, 'too-large');
});

test('a redirect is returned, never followed', async () => {
  const response = await new EgressClient(testing, LIMITS).request({ url: `${base}/moved`, method: 'GET' });
  assert.deepEqual([response.status, response.headers.location], [301, 'http://169.254.169.254/latest/meta-data']);
});

test('an abort stops a call in flight', async () => {
  const controller = new AbortController();
  const call = new EgressClient(testing, { ...LIMITS, timeoutMs: 60_000 }).request({ url: `${base}/hang`, method: 'GET', signal: controller.signal });
  setImmediate(() => controller.abort());
  const error = await failure(call);
  assert.deepEqual([error.failure, error.message], ['aborted', `aborted GET ${base}: the process is stopping`]);
});

test('a header with a control character is refused before anything is sent, without its value', async () => {
  const error = await failure(new EgressClient(testing, LIMITS).request({ url: `${base}/ok`, method: 'GET', headers: { authorization: 'Bearer abc\r\nX: y' } }));
  assert.deepEqual([error.failure, error.message], ['refused', 'refused: header authorization holds a control character']);
});

test('a name is resolved once and refused when any address is internal (DNS rebinding)', async () => {
  const strict = new EgressPolicy({ allowedHosts: ['github.example.com'], allowListSource: 'ROLECALL_GITHUB_HOSTS', allowInsecureLoopback: false });
  const answers: LookupAddress[][] = [
    [{ address: '127.0.0.1', family: 4 }],
    [{ address: '140.82.112.6', family: 4 }, { address: '169.254.169.254', family: 4 }],
    [{ address: '::ffff:10.0.0.1', family: 6 }],
  ];
  const asked: string[] = [];
  const client = new EgressClient(strict, LIMITS, (hostname, _options, callback) => {
    asked.push(hostname);
    callback(null, answers[asked.length - 1]);
  });
  const messages: string[] = [];
  for (let i = 0; i < answers.length; i += 1) messages.push((await failure(client.request({ url: `https://github.example.com:${silentPort}/`, method: 'GET' }))).message);
  assert.deepEqual(messages, [
    'refused github.example.com: 127.0.0.1 is a loopback address',
    'refused github.example.com: 169.254.169.254 is a link-local (cloud metadata lives here) address',
    'refused github.example.com: ::ffff:10.0.0.1 is a private address',
  ]);
  assert.deepEqual(asked, ['github.example.com', 'github.example.com', 'github.example.com']);
});

test('URLs the policy refuses never open a socket', async () => {
  const strict = new EgressPolicy({ allowedHosts: ['api.github.com'], allowListSource: 'ROLECALL_GITHUB_HOSTS', allowInsecureLoopback: false });
  let resolved = 0;
  const client = new EgressClient(strict, LIMITS, (_hostname, _options, callback) => {
    resolved += 1;
    callback(null, [{ address: '140.82.112.6', family: 4 }]);
  });
  const errors = await Promise.all([`${base}/ok`, 'https://2130706433/', 'https://0x7f000001/', 'https://[::1]/', 'https://169.254.169.254/'].map((url) => failure(client.request({ url, method: 'GET' }))));
  assert.deepEqual(
    errors.map((error) => error.message),
    [
      `refused GET ${base}: the URL must use https`,
      'refused GET https://127.0.0.1: the URL must not name a loopback address',
      'refused GET https://127.0.0.1: the URL must not name a loopback address',
      'refused GET https://[::1]: the URL must not name a loopback address',
      'refused GET https://169.254.169.254: the URL must not name a link-local (cloud metadata lives here) address',
    ],
  );
  assert.equal(resolved, 0);
});
