import type { IncomingHttpHeaders } from 'node:http';

/** An HTTP request as the simulator reads it. */
export interface RawRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}
