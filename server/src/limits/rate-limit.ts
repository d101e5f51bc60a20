/**
 * Per-client rate limiting by cost: each operation is priced (operation-cost.ts) and paid from its
 * client's token bucket (token-buckets.ts) before it runs. Counting points rather than requests
 * lets many cheap lookups through while a few multi-hop traces or deep neighbourhoods use up the
 * budget. Over the limit the answer is HTTP 429 with Retry-After and a RATE_LIMITED error.
 *
 * A price is an estimate made before the run; after it, the client is charged for the database
 * time the operation really took (DB_MS_PER_POINT ms a point, the calculated cost of GitHub's and
 * Shopify's GraphQL APIs), when that is more than the price. Every answer says so in
 * `extensions.cost`: { requested, actual, remaining }.
 */
import type { Plugin } from 'graphql-yoga';
import type { Config, HttpConfig } from '../config/config.js';
import type { Context } from '../graphql/context.js';
import { rateLimited } from '../errors/api-errors.js';
import { operationCost } from './operation-cost.js';
import { TokenBuckets } from './token-buckets.js';

/** The clients' buckets, or undefined when rate limiting is off. */
export function rateLimitBuckets(config: Pick<Config, 'http'>): TokenBuckets | undefined {
  const pointsPerMinute = config.http.rateLimitPointsPerMinute;
  return pointsPerMinute > 0 ? new TokenBuckets({ pointsPerMinute }) : undefined;
}

/** `buckets` are shared with the in-flight gate, which turns away a client without a point. */
export function rateLimit(
  config: Pick<HttpConfig, 'rateLimitPointsPerMinute' | 'fairness'>,
  buckets: TokenBuckets,
): Plugin<Context> {
  const perMinute = config.rateLimitPointsPerMinute;
  return {
    onExecute({ args }) {
      const { client, dbTime } = args.contextValue;
      const requested = operationCost(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | undefined,
      );
      const charge = buckets.take(client, requested);
      if (!charge.allowed) {
        // The key shows an operator behind a proxy whether TRUST_PROXY is needed.
        throw rateLimited(
          `Rate limit: this operation costs ${requested} points and client ${client} has ` +
            `${Math.floor(charge.remaining)} of ${perMinute} left (they refill at ${perMinute} a ` +
            `minute). Retry in ${charge.retryAfterSeconds} s, or ask for less (fewer hops, a ` +
            'smaller depth or page).',
          charge.retryAfterSeconds,
        );
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return; // a stream: not used here
          const actual = Math.ceil(dbTime.ms / config.fairness.dbMsPerPoint);
          const remaining =
            actual > requested ? buckets.debit(client, actual - requested) : charge.remaining;
          const cost = { requested, actual, remaining: Math.floor(remaining) };
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
