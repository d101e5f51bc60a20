/**
 * Raw HTTP over a TCP socket, for requests fetch() refuses to send (malformed paths, half-sent
 * bodies, headers dribbled byte by byte).
 */
import net from 'node:net';

export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/** Opens a socket to `url`'s host and port. */
export function connect(url: string): Promise<net.Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `text` as is and reads until the server closes or `timeoutMs` passes. */
export async function rawRequest(
  url: string,
  text: string,
  timeoutMs = 10_000,
): Promise<RawAnswer> {
  const socket = await connect(url);
  return readAnswer(socket, text, timeoutMs);
}

/** Writes `text` on `socket` and resolves with what came back until the server closed it. */
export function readAnswer(
  socket: net.Socket,
  text: string,
  timeoutMs = 10_000,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms; got ${received.slice(0, 200)}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body });
    };
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.once('close', done);
    socket.once('error', done);
    // No half-close: Node's server aborts a request whose client ends its side early.
    socket.write(text);
  });
}

/** A GET of `path` as raw text, with `Connection: close`. */
export const rawGet = (path: string) =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;
