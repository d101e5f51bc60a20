/**
 * A small cap on the GraphQL requests one client has in flight (CLIENT_MAX_IN_FLIGHT): a few more
 * wait for a slot in a bounded queue, and past CLIENT_MAX_QUEUED waiting, or ADMISSION_WAIT_MS of
 * waiting, the answer is 429 RATE_LIMITED with Retry-After. Checked before the body is read, so a
 * flood of requests from one client costs the server no parsing and no database work.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { editorFromAuthorization } from '../auth.js';
import type { Config } from '../config.js';
import { clientKey } from './client-key.js';
import { AdmissionRefused, FairScheduler } from './fair-scheduler.js';

export type Admit = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const RETRY_AFTER_SECONDS = 1;

/** The gate in front of /graphql, or undefined when the cap is off. */
export function inFlightCap(config: Config): Admit | undefined {
  const { clientMaxInFlight, clientMaxQueued, admissionWaitMs } = config.http.fairness;
  if (clientMaxInFlight === 0) return undefined;
  const slots = new FairScheduler({
    capacity: Infinity,
    perClient: clientMaxInFlight,
    maxQueued: clientMaxQueued,
    maxWaitMs: admissionWaitMs,
  });
  return (request, response, next) => {
    const forwarded = request.headers['x-forwarded-for'];
    const key = clientKey({
      editor: editorFromAuthorization(request.headers.authorization ?? null, config.editorTokens),
      socketAddress: request.socket.remoteAddress,
      forwardedFor: typeof forwarded === 'string' ? forwarded : null,
      trustProxy: config.http.trustProxy,
    });
    slots.acquire(key).then(
      (release) => {
        if (response.destroyed) return release(); // the client gave up while waiting
        response.once('close', release);
        next();
      },
      (error: unknown) => {
        const waited = error instanceof AdmissionRefused && error.reason === 'timed-out';
        const message =
          `Client ${key} has ${clientMaxInFlight} requests in flight, the most one client may ` +
          (waited
            ? `have, and this one waited ${admissionWaitMs / 1000} s for one of them to end.`
            : `have, and ${clientMaxQueued} more waiting.`) +
          ` Retry in ${RETRY_AFTER_SECONDS} s.`;
        const body = JSON.stringify({
          errors: [
            {
              message,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: RETRY_AFTER_SECONDS },
            },
          ],
        });
        response
          .writeHead(429, {
            'content-type': 'application/json',
            'retry-after': String(RETRY_AFTER_SECONDS),
          })
          .end(body);
      },
    );
  };
}
