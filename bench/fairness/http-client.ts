/**
 * A client of the benchmark: POSTs from a loopback address of its own (the server tells clients
 * apart by address, so the adversary and the analyst are two clients on one machine) and reports
 * status, latency, error codes and the cost extension of each answer.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Answer {
  status: number;
  ms: number;
  codes: string[];
}

/** Answers later than this count as timeouts (the explorer gives up after 20 s too). */
export const CLIENT_TIMEOUT_MS = 20_000;

export class LoopbackClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly url: string,
    readonly address: string,
  ) {
    this.agent = new http.Agent({ keepAlive: true, localAddress: address });
  }

  post(body: string): Promise<Answer> {
    const started = performance.now();
    const done = (status: number, codes: string[]) => ({
      status,
      ms: Math.round(performance.now() - started),
      codes,
    });
    return new Promise((resolve) => {
      const request = http.request(this.url, {
        method: 'POST',
        agent: this.agent,
        timeout: CLIENT_TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          accept: 'application/graphql-response+json',
        },
      });
      request.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(done(response.statusCode ?? 0, errorCodes(text))));
      });
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', (error) => resolve(done(0, [error.message])));
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function errorCodes(text: string): string[] {
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return (body.errors ?? []).map((e) => e.extensions?.code ?? 'INTERNAL');
  } catch {
    return ['NOT_JSON'];
  }
}
