import { SimError } from './sim-error';
import type { SimResponse } from './sim-response';

const REASONS: Record<number, string> = { 404: 'Not Found', 501: 'Not Implemented' };

/**
 * A web server's HTML error page instead of an AWS answer, as a proxy or an emulator without the
 * operation sends: no AWS error code anywhere. Its code ("Http404") only names it in the call log.
 */
export class HtmlPageError extends SimError {
  constructor(status: 404 | 501) {
    super(`Http${status}`, REASONS[status], status);
  }
}

export function htmlPage(error: HtmlPageError): SimResponse {
  const title = `${error.status} ${error.message}`;
  return {
    status: error.status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>The requested URL was not found on this server.</p></body></html>\n`,
  };
}
