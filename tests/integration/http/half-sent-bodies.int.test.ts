/**
 * The red-team probe of issue 12, bounded: one address opens 1,500 connections, each starting a
 * 200 KB GraphQL POST and sending half of it, then holds them open. Before the per-client caps the
 * server buffered them all (its memory went from 258 to 605 MB); now the address gets its 64
 * connections and 4 MiB in flight, everything else is refused with 429 before a body is read,
 * and another client (127.0.0.2, also loopback) is served meanwhile. Memory is printed, not
 * asserted (targets belong in benchmarks).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../support/app.js';

const CONNECTIONS = 1500;
const BODY_BYTES = 200_000;
let app: TestApp;
const sockets: net.Socket[] = [];

beforeAll(async () => {
  app = await startTestApp(testConfig());
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await app.close();
});

/** Opens a connection from `localAddress`, sends half a POST, and resolves with its first answer ('' if none yet). */
function halfPost(port: number, localAddress: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress });
    sockets.push(socket);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('connect', () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${BODY_BYTES}\r\n\r\n{"query":"{ __typename }","pad":"${'x'.repeat(BODY_BYTES / 2)}`,
      );
      // Held connections stay silent: stop waiting for them after a while.
      setTimeout(() => resolve(answer), 5000);
    });
  });
}

describe('1,500 half-sent bodies from one address', () => {
  it('are capped per address, refused with 429, and another client is still served', async () => {
    const port = Number(new URL(app.url).port);
    const rssBefore = process.memoryUsage().rss;
    const answers: string[] = [];
    for (let i = 0; i < CONNECTIONS; i += 100) {
      answers.push(
        ...(await Promise.all(Array.from({ length: 100 }, () => halfPost(port, '127.0.0.1')))),
      );
    }
    const refused = answers.filter((a) => a.startsWith('HTTP/1.1 429')).length;
    const held = answers.filter((a) => a === '').length;
    const rssAfter = process.memoryUsage().rss;
    console.log(
      `half-sent bodies: ${held} held, ${refused} refused with 429, ` +
        `${answers.length - held - refused} other; rss of the test process (server and client) ` +
        `${Math.round(rssBefore / 2 ** 20)} → ${Math.round(rssAfter / 2 ** 20)} MB`,
    );
    // 64 connections, of which 4 MiB / 200 KB = 20 bodies may be in flight.
    expect(held).toBeLessThanOrEqual(20);
    expect(refused).toBeGreaterThanOrEqual(CONNECTIONS - 64);

    const other = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' });
      sockets.push(socket);
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
      socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    });
    expect(other).toMatch(/^HTTP\/1\.1 200/);
  }, 300_000);
});
