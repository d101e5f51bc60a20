/**
 * Serves the built explorer (client/dist) from the API's origin with sirv: ETags, the .br/.gz
 * files written at build time (client/vite.config.ts) when the client accepts them, and unknown
 * paths answered with index.html. Hashed files under assets/ are cached for a year; the rest must
 * be revalidated, so a new build shows at the next reload.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const NOT_BUILT =
  'The explorer is not built: run `npm run build:client` (npm start does it for you).\n';

export function serveStatic(
  root: string,
): (request: IncomingMessage, response: ServerResponse) => void {
  const notBuilt = (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(NOT_BUILT);
  };
  // sirv lists the folder once, here, and throws when it is missing.
  if (!existsSync(path.join(root, 'index.html'))) return notBuilt;
  const handler = sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    single: true,
    setHeaders: (response, pathname) =>
      response.setHeader(
        'cache-control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
    // Reached for a missing file with an extension ("/x.js").
    onNoMatch: (_request, response) => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
    },
  });
  return (request, response) => handler(request, response);
}
