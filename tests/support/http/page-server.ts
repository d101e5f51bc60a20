/**
 * A local web server for the tests of `fetchSource`: each path answers as a kind of page would
 * (an article, a huge page, a redirect loop, a non-HTML answer). `sent` counts the body bytes each
 * path wrote, so a test can tell a refused body was not read to its end.
 */
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  url: string;
  sent: Map<string, number>;
  close(): Promise<void>;
}

const MB = 1024 * 1024;

/** Writes `total` bytes of HTML in 64 KiB chunks, waiting for the socket, until done or closed. */
async function stream(res: ServerResponse, total: number, count: (n: number) => void) {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const closed = new Promise((resolve) => res.once('close', resolve));
  for (let written = 0; written < total && !res.destroyed; written += chunk.length) {
    count(chunk.length);
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), closed]);
  }
  res.end();
}

/** Serves `pages` (path → [content type, body]) plus /huge, /huge-chunked, /loop-a, /loop-b. */
export async function startPageServer(
  pages: Record<string, [string, string]>,
): Promise<PageServer> {
  const sent = new Map<string, number>();
  const count = (path: string) => (n: number) => sent.set(path, (sent.get(path) ?? 0) + n);
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const page = pages[path];
    if (page) {
      res.writeHead(200, { 'content-type': page[0] }).end(page[1]);
    } else if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * MB) });
      void stream(res, 50 * MB, count(path));
    } else if (path === '/huge-chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      void stream(res, 50 * MB, count(path));
    } else if (path === '/loop-a' || path === '/loop-b') {
      res.writeHead(302, { location: path === '/loop-a' ? '/loop-b' : '/loop-a' }).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
