import { createServer, type Server } from 'node:http';
import type { RolecallMetrics } from './rolecall-metrics';

/**
 * GET /metrics on its own port, for processes without an HTTP api (the worker), and GET /health
 * (the process answers) for container health checks.
 */
export function serveMetrics(metrics: RolecallMetrics, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"live"}');
      return;
    }
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.text().then(
      (text) => response.writeHead(200, { 'content-type': metrics.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}
