/**
 * The HTTP server: GraphQL at /graphql, liveness at /health, database readiness at /ready, and the
 * explorer's files everywhere else, all on one origin, each answer with security headers. Slow or
 * oversized clients are cut off: bodies over the limit get 413, requests that take too long 408.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Config } from '../config.js';
import { ROOT_DIR } from '../config.js';
import type { Gateway } from '../db/gateway.js';
import { inFlightCap } from '../limits/in-flight.js';
import { rateLimitBuckets } from '../limits/rate-limit.js';
import { createYogaApp } from '../yoga.js';
import { EXPLORER_CSP, GRAPHIQL_CSP, setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

export const CLIENT_DIST = path.join(ROOT_DIR, 'client', 'dist');

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** A GraphQL POST must say how long it is, and not be longer than the limit. */
function bodyProblem(request: IncomingMessage, maxBytes: number): [number, string] | undefined {
  if (request.method !== 'POST') return undefined;
  const length = request.headers['content-length'];
  if (length === undefined) return [411, 'Send the request with a Content-Length header.'];
  if (Number(length) > maxBytes)
    return [413, `The request body is ${length} bytes; the limit is ${maxBytes}.`];
  return undefined;
}

export function createHttpServer(db: Gateway, config: Config, clientDir = CLIENT_DIST): Server {
  const buckets = rateLimitBuckets(config);
  const yoga = createYogaApp(db, config, buckets);
  const admit = inFlightCap(config, buckets);
  const staticFiles = serveStatic(clientDir);
  const server = createServer(
    { requestTimeout: config.http.requestTimeoutMs, headersTimeout: 10_000 },
    (request, response) => {
      const pathname = (request.url ?? '/').split('?')[0];
      if (pathname === yoga.graphqlEndpoint) {
        setSecurityHeaders(response, request.method === 'GET' ? GRAPHIQL_CSP : EXPLORER_CSP);
        const problem = bodyProblem(request, config.http.maxBodyBytes);
        if (problem)
          return json(response, problem[0], {
            errors: [{ message: problem[1], extensions: { code: 'BAD_REQUEST' } }],
          });
        const handle = () => void yoga.handle(request, response);
        if (admit) admit(request, response, handle);
        else handle();
        return;
      }
      setSecurityHeaders(response, EXPLORER_CSP);
      if (pathname === '/health') {
        json(response, 200, { status: 'ok' });
      } else if (pathname === '/ready') {
        db.ping().then(
          () => json(response, 200, { status: 'ready' }),
          () => json(response, 503, { status: 'database unavailable' }),
        );
      } else {
        staticFiles(request, response);
      }
    },
  );
  return server;
}
