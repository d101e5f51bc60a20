/**
 * A GraphQL POST over node:http rather than fetch: it can choose the local address the server sees
 * (each 127.0.0.x is another client) and, with `hold`, send only half the body until `finish()`,
 * which keeps the request in flight for as long as a test needs without any timing.
 */
import http from 'node:http';
import type { TestApp } from '../app.js';

export interface GraphqlAnswer {
  status: number;
  retryAfter: string | undefined;
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requested: number; actual: number; remaining: number } };
}

export interface SentGraphql {
  answer: Promise<GraphqlAnswer>;
  /** Sends the rest of the body (a no-op unless the request was held). */
  finish(): void;
}

export interface SendOptions {
  /** The client's address as the server sees it; 127.0.0.1 unless given. */
  localAddress?: string;
  headers?: Record<string, string>;
  /** Send only half the body until `finish()`. */
  hold?: boolean;
}

/** POSTs `query` to the app's GraphQL endpoint. */
export function sendGraphql(
  app: TestApp,
  query: string,
  { localAddress = '127.0.0.1', headers = {}, hold = false }: SendOptions = {},
): SentGraphql {
  const body = Buffer.from(JSON.stringify({ query }));
  const request = http.request(app.graphqlUrl, {
    method: 'POST',
    localAddress,
    headers: {
      'content-type': 'application/json',
      'content-length': body.length,
      accept: 'application/graphql-response+json',
      ...headers,
    },
  });
  const answer = new Promise<GraphqlAnswer>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: response.headers['retry-after'],
          ...(JSON.parse(text) as object),
        }),
      );
    });
    request.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  request.write(body.subarray(0, hold ? half : body.length));
  const finish = () => request.end(hold ? body.subarray(half) : undefined);
  if (!hold) finish();
  return { answer, finish };
}
