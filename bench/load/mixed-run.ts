/**
 * One load level: autocannon keeps `connections` connections busy for `seconds`, each rotating
 * through the workload list from its own starting point, and every answer is checked and tallied
 * by kind (see tally.ts).
 */
import autocannon from 'autocannon';
import { LoadTally, type KindSummary } from './tally.js';
import type { RequestKind, WorkloadRequest } from './workload.js';

/** The explorer gives up on a request after 20 s (client/src/api/client.ts TIMEOUT_MS); so do we. */
export const CLIENT_TIMEOUT_SECONDS = 20;

export interface LevelFigures {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** autocannon's latency of 2xx answers, ms. */
  latency: { p50: number; p97_5: number; p99: number; max: number };
  /** Non-2xx answers plus 200 answers whose body carries GraphQL `errors`. */
  errors: number;
  non2xx: number;
  /** Requests without an answer within CLIENT_TIMEOUT_SECONDS. */
  timeouts: number;
  /** Socket errors other than timeouts (refused or reset connections). */
  connectionErrors: number;
  byKind: Partial<Record<RequestKind, KindSummary>>;
}

const rotate = <T>(items: readonly T[], offset: number) => [
  ...items.slice(offset),
  ...items.slice(0, offset),
];

export async function runLevel(
  url: string,
  workload: readonly WorkloadRequest[],
  connections: number,
  seconds: number,
  timeoutSeconds = CLIENT_TIMEOUT_SECONDS,
): Promise<LevelFigures> {
  const tally = new LoadTally();
  const { pathname } = new URL(url);
  const headers = { 'content-type': 'application/json' };
  let clients = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: timeoutSeconds,
    requests: [{ method: 'POST', path: pathname, headers, body: workload[0]!.body }],
    setupClient: (client) => {
      const offset = Math.floor((clients++ * workload.length) / connections) % workload.length;
      // autocannon builds a request just before sending it, so `sent` is the kind in flight; a
      // timeout reconnects and sends the next request before reporting, hence `previous`.
      const state: { sent?: RequestKind; previous?: RequestKind } = {};
      let answered: { kind: RequestKind; status: number; body: string } | undefined;
      client.setRequests(
        rotate(workload, offset).map(({ kind, body }) => ({
          method: 'POST',
          path: pathname,
          headers,
          body,
          setupRequest: (request) => {
            [state.previous, state.sent] = [state.sent, kind];
            return request;
          },
          onResponse: (status, responseBody) => {
            answered = { kind, status, body: responseBody };
          },
        })),
      );
      // 'response' follows onResponse synchronously, with autocannon's own timing of the request.
      client.on('response', (_status: number, _bytes: number, ms: number) => {
        if (answered) tally.response(answered.kind, answered.status, answered.body, ms);
        answered = undefined;
      });
      // @types/autocannon leaves out the client's 'timeout' event; autocannon emits it.
      (client as NodeJS.EventEmitter).on('timeout', () => tally.timeout(state.previous));
    },
  });
  const errors = tally.errorCount();
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latency: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: errors + result.errors - result.timeouts,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    connectionErrors: result.errors - result.timeouts,
    byKind: tally.summary(),
  };
}
