/**
 * Per-client caps at the connection level, before any GraphQL work: how many sockets one address
 * may hold open, and how many request-body bytes it may have in flight at once (the declared
 * Content-Length of its unanswered requests). Without them one client opening 1,500 connections
 * with half-sent bodies raised the server's memory from 258 to 605 MB. A client over a cap gets
 * 429 with `Connection: close`, before its body is read. Clients are told apart by socket address
 * (IPv6 per /64), not X-Forwarded-For: behind a proxy every socket is the proxy's, so raise the caps
 * or set them to 0 (off) there and cap connections at the proxy.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { network } from '../limits/client-key.js';

export interface ConnectionCaps {
  /** Open sockets per client address; 0 is no cap. */
  maxConnectionsPerClient: number;
  /** Declared body bytes of one address's unanswered requests; 0 is no cap. */
  maxBufferedBytesPerClient: number;
}

const keyOf = (socket: Socket) => network(socket.remoteAddress ?? 'unknown');

/** Counts sockets per address on `server`; returns the checks that answer 429 when over a cap. */
export function connectionCaps(server: Server, caps: ConnectionCaps) {
  const open = new Map<string, number>();
  const buffered = new Map<string, number>();
  const overCap = new WeakSet<Socket>();
  const add = (map: Map<string, number>, key: string, delta: number) => {
    const value = (map.get(key) ?? 0) + delta;
    if (value > 0) map.set(key, value);
    else map.delete(key);
    return value;
  };

  server.on('connection', (socket: Socket) => {
    const key = keyOf(socket);
    if (add(open, key, 1) > caps.maxConnectionsPerClient && caps.maxConnectionsPerClient > 0)
      overCap.add(socket);
    socket.once('close', () => add(open, key, -1));
  });

  const refuse = (response: ServerResponse, message: string): true => {
    response.shouldKeepAlive = false;
    response
      .writeHead(429, {
        'content-type': 'application/json',
        'retry-after': '5',
        connection: 'close',
      })
      .end(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] }));
    return true;
  };
  return {
    /** True (and answered 429) when the request came on a socket over its address's cap. */
    refuseConnection(request: IncomingMessage, response: ServerResponse): boolean {
      if (!overCap.has(request.socket)) return false;
      const limit = caps.maxConnectionsPerClient;
      return refuse(
        response,
        `Too many open connections from your address (the limit is ${limit}).`,
      );
    },
    /** True (and answered 429) when the body would pass the cap; else counted until answered. */
    refuseBody(request: IncomingMessage, response: ServerResponse): boolean {
      const bytes = Number(request.headers['content-length'] ?? 0) || 0;
      if (bytes === 0 || caps.maxBufferedBytesPerClient === 0) return false;
      const key = keyOf(request.socket);
      if (add(buffered, key, bytes) > caps.maxBufferedBytesPerClient) {
        add(buffered, key, -bytes);
        const limit = caps.maxBufferedBytesPerClient;
        return refuse(
          response,
          `Too many request bytes in flight from your address (the limit is ${limit}).`,
        );
      }
      response.once('close', () => add(buffered, key, -bytes));
      return false;
    },
  };
}
