/**
 * The HTTP server: GraphQL at /graphql, liveness at /health, database readiness at /ready, and the
 * explorer's files everywhere else, all on one origin.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Config } from '../config.js';
import { ROOT_DIR } from '../config.js';
import type { Gateway } from '../db/gateway.js';
import { createYogaApp } from '../yoga.js';
import { serveStatic } from './static-files.js';

export const CLIENT_DIST = path.join(ROOT_DIR, 'client', 'dist');

export function createHttpServer(db: Gateway, config: Config, clientDir = CLIENT_DIST): Server {
  const yoga = createYogaApp(db, config);
  const staticFiles = serveStatic(clientDir);
  return createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0];
    if (pathname === yoga.graphqlEndpoint) {
      void yoga.handle(request, response);
    } else if (pathname === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    } else if (pathname === '/ready') {
      db.ping().then(
        () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}'),
        () => response.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"database unavailable"}'),
      );
    } else {
      staticFiles(request, response);
    }
  });
}
