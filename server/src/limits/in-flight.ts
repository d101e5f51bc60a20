/**
 * A small cap on the GraphQL requests one client has in flight (CLIENT_MAX_IN_FLIGHT): a few more
 * wait for a slot in a bounded queue, and past CLIENT_MAX_QUEUED waiting, or ADMISSION_WAIT_MS of
 * waiting, the answer is 429 RATE_LIMITED with Retry-After. Checked before the body is read, so a
 * flood of requests from one client costs the server no parsing and no database work; so is the
 * client's rate-limit bucket, when it has not a single point left (a client charged for expensive
 * queries): under 110 concurrent timelines the refusals through GraphQL alone slowed another
 * client's lookups (npm run bench:fairness).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { callerFromAuthorization } from '../graphql/auth.js';
import type { TokenHolder } from '../config/tokens.js';
import type { Config } from '../config/config.js';
import { clientKey } from './client-key.js';
import { AdmissionRefused, FairScheduler } from './fair-scheduler.js';
import type { TokenBuckets } from './token-buckets.js';

/**
 * The name a request's token carries, else undefined: a bad token is counted as anonymous here and
 * refused with 401 by the GraphQL layer, not answered from this gate.
 */
function editorOrAnonymous(
  header: string | undefined,
  tokens: ReadonlyMap<string, TokenHolder>,
): string | undefined {
  try {
    return callerFromAuthorization(header ?? null, tokens)?.name;
  } catch {
    return undefined;
  }
}

export type Admit = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const RETRY_AFTER_SECONDS = 1;

function refuse(response: ServerResponse, message: string, retryAfterSeconds: number): void {
  const error = { message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } };
  response
    .writeHead(429, {
      'content-type': 'application/json',
      'retry-after': String(retryAfterSeconds),
    })
    .end(JSON.stringify({ errors: [error] }));
}

/** The gate in front of /graphql, or undefined when neither the cap nor the rate limit is on. */
export function inFlightCap(config: Config, buckets?: TokenBuckets): Admit | undefined {
  const { clientMaxInFlight, clientMaxQueued, admissionWaitMs } = config.http.fairness;
  if (clientMaxInFlight === 0 && !buckets) return undefined;
  const slots = new FairScheduler({
    capacity: Infinity,
    perClient: clientMaxInFlight === 0 ? Infinity : clientMaxInFlight,
    maxQueued: clientMaxQueued,
    maxWaitMs: admissionWaitMs,
  });
  return (request, response, next) => {
    const forwarded = request.headers['x-forwarded-for'];
    const key = clientKey({
      editor: editorOrAnonymous(request.headers.authorization, config.tokens),
      socketAddress: request.socket.remoteAddress,
      forwardedFor: typeof forwarded === 'string' ? forwarded : null,
      trustProxy: config.http.trustProxy,
    });
    const broke = buckets?.secondsUntilPoint(key) ?? 0;
    if (broke > 0) {
      return refuse(
        response,
        `Rate limit: client ${key} has no points left (its queries were charged for the ` +
          `database time they took). Retry in ${broke} s.`,
        broke,
      );
    }
    slots.acquire(key).then(
      (release) => {
        if (response.destroyed) return release(); // the client gave up while waiting
        response.once('close', release);
        next();
      },
      (error: unknown) => {
        const waited = error instanceof AdmissionRefused && error.reason === 'timed-out';
        refuse(
          response,
          `Client ${key} has ${clientMaxInFlight} requests in flight, the most one client may ` +
            (waited
              ? `have, and this one waited ${admissionWaitMs / 1000} s for one of them to end.`
              : `have, and ${clientMaxQueued} more waiting.`) +
            ` Retry in ${RETRY_AFTER_SECONDS} s.`,
          RETRY_AFTER_SECONDS,
        );
      },
    );
  };
}
