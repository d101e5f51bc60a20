/**
 * Response headers for every answer, and the Content-Security-Policy of each kind of page. The
 * explorer runs only its own scripts; styles may be inline because Cytoscape.js injects a small
 * stylesheet for its canvas. GraphiQL's bundle needs inline scripts and blob workers, so its page
 * gets a policy of its own (and can be switched off with ACTORGRAPH_GRAPHIQL=false).
 */
import type { ServerResponse } from 'node:http';

const COMMON: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(response: ServerResponse, csp: string): void {
  for (const [name, value] of Object.entries(COMMON)) response.setHeader(name, value);
  response.setHeader('content-security-policy', csp);
}
