/**
 * Per-client rate limiting by cost: each operation is priced (operation-cost.ts) and paid from its
 * client's token bucket (token-buckets.ts) before it runs. Counting points rather than requests
 * lets many cheap lookups through while a few multi-hop traces or deep neighbourhoods use up the
 * budget. Over the limit the answer is HTTP 429 with Retry-After and a RATE_LIMITED error.
 */
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { HttpConfig } from '../config.js';
import type { Context } from '../context.js';
import { rateLimited } from '../errors.js';
import { clientKey } from './client-key.js';
import { operationCost } from './operation-cost.js';
import { TokenBuckets } from './token-buckets.js';

/** The context as the node adapter fills it: `req` is the incoming request (absent in yoga.fetch). */
type RateLimitContext = Context &
  YogaInitialContext & { req?: { socket: { remoteAddress?: string } } };

export function rateLimit(
  config: Pick<HttpConfig, 'rateLimitPointsPerMinute' | 'trustProxy'>,
): Plugin<RateLimitContext> {
  const perMinute = config.rateLimitPointsPerMinute;
  const buckets = new TokenBuckets({ pointsPerMinute: perMinute });
  return {
    onExecute({ args }) {
      const context = args.contextValue;
      const key = clientKey({
        editor: context.editor,
        socketAddress: context.req?.socket.remoteAddress,
        forwardedFor: context.request.headers.get('x-forwarded-for'),
        trustProxy: config.trustProxy,
      });
      const cost = operationCost(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | undefined,
      );
      const charge = buckets.take(key, cost);
      if (!charge.allowed) {
        // The key shows an operator behind a proxy whether TRUST_PROXY is needed.
        throw rateLimited(
          `Rate limit: this operation costs ${cost} points and client ${key} has ` +
            `${Math.floor(charge.remaining)} of ${perMinute} left (they refill at ${perMinute} a ` +
            `minute). Retry in ${charge.retryAfterSeconds} s, or ask for less (fewer hops, a ` +
            'smaller depth or page).',
          charge.retryAfterSeconds,
        );
      }
    },
  };
}
