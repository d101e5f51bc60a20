/**
 * GraphiQL's page, rendered once and kept gzip- and brotli-compressed: it is ~9 MB of HTML with its
 * bundle inlined, so rendering and sending it per GET made it the cheapest way to load the server.
 * Now a GET costs a buffer write of ~1–2 MB (compressed) or a 304 for a client that has it.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

interface Page {
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

/** True when Yoga would answer this request with GraphiQL (its shouldRenderGraphiQL). */
export function wantsGraphiQL(request: IncomingMessage): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

/** Compresses `html` once (on libuv's thread pool, off the request thread) for every later GET. */
async function preparePage(html: string): Promise<Page> {
  const identity = Buffer.from(html);
  const [gz, br] = await Promise.all([
    promisify(gzip)(identity, { level: 9 }),
    promisify(brotliCompress)(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
  ]);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { etag, identity, gzip: gz, br };
}

/** The best coding the client accepts (a `;q=0` entry refuses it). */
function encoding(request: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (request.headers['accept-encoding'] ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter((entry) => !/;\s*q=0(\.0*)?$/.test(entry))
      .map((entry) => entry.split(';')[0]!.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/** A handler that sends the page `render` returns, rendered and compressed on the first call. */
export function graphiqlPage(render: () => Promise<string>) {
  let page: Promise<Page> | undefined;
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    page ??= render().then(preparePage);
    // A failed render is retried by the next GET rather than cached.
    const ready = await page.catch((error: unknown) => {
      page = undefined;
      throw error;
    });
    response.setHeader('etag', ready.etag);
    response.setHeader('cache-control', 'no-cache');
    response.setHeader('vary', 'Accept-Encoding');
    if (request.headers['if-none-match'] === ready.etag) {
      response.writeHead(304).end();
      return;
    }
    const coding = encoding(request);
    const body = coding ? ready[coding] : ready.identity;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      ...(coding ? { 'content-encoding': coding } : {}),
    });
    response.end(body);
  };
}
