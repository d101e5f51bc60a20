/**
 * Connection and request hygiene (issue 12, item 5): per-address caps on open connections and on
 * request bytes in flight, headers dribbled byte by byte cut off near the headers timeout, /ready
 * answered from a short cache, and GraphiQL and the explorer sent compressed.
 */
import type { Socket } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../support/app.js';
import { connect, rawRequest, readAnswer } from '../../support/http/raw-request.js';

const HEADERS_TIMEOUT_MS = 1000;
let app: TestApp;
let capped: TestApp;
const sockets: Socket[] = [];

beforeAll(async () => {
  app = await startTestApp(
    testConfig({ HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), REQUEST_TIMEOUT_MS: '2000' }),
  );
  capped = await startTestApp(
    testConfig({
      MAX_CONNECTIONS_PER_CLIENT: '4',
      MAX_BODY_BYTES: '2048',
      MAX_BUFFERED_BYTES_PER_CLIENT: '3000',
    }),
  );
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await app.close();
  await capped.close();
});

const open = async (target: TestApp) => {
  const socket = await connect(target.url);
  sockets.push(socket);
  return socket;
};
const closed = (socket: Socket) =>
  new Promise<void>((resolve) =>
    socket.closed ? resolve() : socket.once('close', () => resolve()),
  );
const get = (path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;
const halfPost = (length: number) =>
  `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n{"query":`;

describe('per-client caps', () => {
  it('answers connections past the cap with 429 and serves again once some close', async () => {
    const idle = await Promise.all([1, 2, 3, 4].map(() => open(capped)));
    const refused = await rawRequest(capped.url, get('/health'));
    expect(refused.status).toBe(429);
    expect(refused.head).toMatch(/retry-after: 5/i);
    expect(refused.body).toContain('Too many open connections');
    idle[0]!.destroy();
    await closed(idle[0]!);
    // The server sees the close a moment after the client: give it a few tries.
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await rawRequest(capped.url, get('/health'))).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    for (const socket of idle) socket.destroy();
    await Promise.all(idle.map(closed));
  });

  it('refuses a body that would take an address past its bytes in flight, before reading it', async () => {
    const first = await open(capped);
    first.write(halfPost(2000));
    // The first body is now counted (2000 of 3000 bytes) while it waits for the rest.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await open(capped);
    const answer = await readAnswer(second, halfPost(2000));
    expect(answer.status).toBe(429);
    expect(answer.body).toContain('Too many request bytes in flight');
    first.destroy();
    await closed(first);
    let status = 0;
    const body = '{"query":"{ __typename }"}';
    for (let i = 0; i < 50 && status !== 200; i++) {
      const done = await rawRequest(
        capped.url,
        `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
      status = done.status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });
});

describe('timeouts', () => {
  it('cuts off a client sending its headers byte by byte near the headers timeout', async () => {
    const socket = await open(app);
    const started = Date.now();
    const header = `GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'a'.repeat(1000)}`;
    let sent = 0;
    const drip = setInterval(() => {
      if (!socket.writable || sent >= header.length) return;
      socket.write(header[sent++]!);
    }, 50);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => {});
    // "Does not hang" bound: far more than the expected ~1 s.
    const timedOut = await Promise.race([
      closed(socket).then(() => false),
      new Promise<boolean>((resolve) =>
        setTimeout(() => resolve(true), 3 * HEADERS_TIMEOUT_MS + 5000),
      ),
    ]);
    clearInterval(drip);
    const elapsed = Date.now() - started;
    expect(timedOut).toBe(false);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(elapsed).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(3 * HEADERS_TIMEOUT_MS);
    console.log(
      `slow headers cut off after ${elapsed} ms (headers timeout ${HEADERS_TIMEOUT_MS} ms)`,
    );
  });
});

describe('cheap answers', () => {
  it('answers a flood of /ready from its cache', async () => {
    // 20 at a time: more sockets than that from one address would meet the connection cap.
    const statuses = new Set<number>();
    for (let wave = 0; wave < 15; wave++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => fetch(`${app.url}/ready`).then((r) => r.status)),
      );
      for (const status of answers) statuses.add(status);
    }
    expect(statuses).toEqual(new Set([200]));
  });

  it('sends GraphiQL compressed per Accept-Encoding, and 304 to a client that has it', async () => {
    const page = (encoding: string, extra: Record<string, string> = {}) =>
      fetch(app.graphqlUrl, {
        headers: { accept: 'text/html', 'accept-encoding': encoding, ...extra },
      });
    const plain = await page('identity');
    const html = Buffer.from(await plain.arrayBuffer());
    expect(html.toString()).toContain('ActorGraph GraphQL');
    expect(plain.headers.get('content-security-policy')).toContain("'unsafe-eval'");
    // fetch() decodes bodies itself, so read the raw bytes over a socket.
    for (const [coding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const raw = await rawBody(
        app,
        `GET /graphql HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nAccept-Encoding: ${coding}\r\nConnection: close\r\n\r\n`,
      );
      expect(raw.head).toMatch(new RegExp(`content-encoding: ${coding}`, 'i'));
      expect(raw.body.length).toBeLessThan(html.length / 3);
      expect(decode(raw.body).equals(html)).toBe(true);
    }
    const etag = plain.headers.get('etag')!;
    expect((await page('br', { 'if-none-match': etag })).status).toBe(304);
  });

  it('sends the explorer precompressed, with ETags, and caches hashed assets for good', async () => {
    const index = await rawBody(
      app,
      'GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n',
    );
    expect(index.head).toMatch(/content-encoding: br/i);
    expect(index.head).toMatch(/cache-control: no-cache/i);
    const html = brotliDecompressSync(index.body).toString();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toContain("script-src 'self'");
    const etag = asset.headers.get('etag')!;
    const again = await fetch(`${app.url}${script}`, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });
});

/** A raw answer's head as text and body as bytes (fetch() would decompress the body). */
async function rawBody(target: TestApp, request: string): Promise<{ head: string; body: Buffer }> {
  const socket = await connect(target.url);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.write(request);
  await closed(socket);
  const all = Buffer.concat(chunks);
  const split = all.indexOf('\r\n\r\n');
  return { head: all.subarray(0, split).toString(), body: all.subarray(split + 4) };
}
