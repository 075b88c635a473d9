import type { Express, NextFunction, Request, Response } from 'express';

/** Headers every answer carries: no sniffing, no framing, no referrer, nothing cached. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** API answers are data, never pages: nothing may load or frame them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** The Swagger UI at /docs loads its own scripts and styles (and inline styles), and still may not be framed. */
const DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** One middleware, first in the chain, so errors, 404s and 405s carry the headers too. */
export function installSecurityHeaders(app: Express): void {
  app.use((request: Request, response: Response, next: NextFunction) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const docs = request.path === '/docs' || request.path.startsWith('/docs/');
    response.setHeader('Content-Security-Policy', docs ? DOCS_CSP : API_CSP);
    // Tokens, findings and scan state must not sit in a shared or browser cache.
    if (!docs) response.setHeader('Cache-Control', 'no-store');
    next();
  });
}
