/**
 * The HTTP server: GraphQL at /graphql, liveness at /health, database readiness at /ready, and the
 * explorer's files everywhere else, all on one origin, each answer with security headers. Slow or
 * oversized clients are cut off: bodies over the limit get 413, requests that take too long 408,
 * clients over their connection caps 429 (connection-caps.ts). No request can end the process:
 * malformed paths are 400 and whatever a handler throws is a logged 500 (request-guard.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { ROOT_DIR } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { inFlightCap } from '../limits/in-flight.js';
import { rateLimitBuckets } from '../limits/rate-limit.js';
import { createYogaApp } from '../graphql/yoga.js';
import { connectionCaps } from './connection-caps.js';
import { graphiqlPage, wantsGraphiQL } from './graphiql-page.js';
import { cachedReadiness } from './ready-probe.js';
import { guarded } from './request-guard.js';
import { decodedPathname } from './request-target.js';
import { EXPLORER_CSP, GRAPHIQL_CSP, setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

const CLIENT_DIST = path.join(ROOT_DIR, 'client', 'dist');

/**
 * How often Node looks for requests past their headers or request timeout. Its default, 30 s, let
 * a 10 s headers timeout fire at up to 40 s and the 30 s request timeout at up to 60 s.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const badRequest = (response: ServerResponse, status: number, message: string) =>
  json(response, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

/**
 * A GraphQL POST must say how long it is, and not be longer than the limit. A chunked body has no
 * length to check before reading it, so it gets 411 too.
 */
function bodyProblem(request: IncomingMessage, maxBytes: number): [number, string] | undefined {
  if (request.method !== 'POST') return undefined;
  const length = request.headers['content-length'];
  if (length === undefined)
    return [
      411,
      request.headers['transfer-encoding']
        ? 'Chunked request bodies are not accepted: send the request with a Content-Length header.'
        : 'Send the request with a Content-Length header.',
    ];
  if (Number(length) > maxBytes)
    return [413, `The request body is ${length} bytes; the limit is ${maxBytes}.`];
  return undefined;
}

export function createHttpServer(db: Gateway, config: Config, clientDir = CLIENT_DIST): Server {
  const buckets = rateLimitBuckets(config);
  const yoga = createYogaApp(db, config, buckets);
  const admit = inFlightCap(config, buckets);
  // Guarded on its own too: a request admitted later runs outside the outer handler's promise.
  const handleGraphql = guarded((request, response) => yoga.handle(request, response));
  const staticFiles = serveStatic(clientDir);
  const ready = cachedReadiness(() => db.ping());
  const graphiql = graphiqlPage(async () =>
    (
      await yoga.fetch(`http://localhost${yoga.graphqlEndpoint}`, {
        headers: { accept: 'text/html' },
      })
    ).text(),
  );
  const server = createServer({
    requestTimeout: config.http.requestTimeoutMs,
    headersTimeout: config.http.headersTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  });
  const caps = connectionCaps(server, config.http);
  server.on(
    'request',
    guarded(async (request, response) => {
      if (caps.refuseConnection(request, response)) return;
      const pathname = (request.url ?? '/').split('?')[0];
      setSecurityHeaders(response, EXPLORER_CSP);
      if (decodedPathname(request.url) === undefined)
        return badRequest(response, 400, 'The request path is not a well-formed URL path.');
      if (pathname === yoga.graphqlEndpoint) {
        if (config.http.graphiql && wantsGraphiQL(request)) {
          setSecurityHeaders(response, GRAPHIQL_CSP);
          return graphiql(request, response);
        }
        const problem = bodyProblem(request, config.http.maxBodyBytes);
        if (problem) return badRequest(response, problem[0], problem[1]);
        if (caps.refuseBody(request, response)) return;
        if (admit) return admit(request, response, () => handleGraphql(request, response));
        return handleGraphql(request, response);
      }
      if (pathname === '/health') return json(response, 200, { status: 'ok' });
      if (pathname === '/ready') {
        const ok = await ready();
        return json(response, ok ? 200 : 503, { status: ok ? 'ready' : 'database unavailable' });
      }
      staticFiles(request, response);
    }),
  );
  return server;
}
