/**
 * The GraphQL layer: schema, per-request context, limits against expensive documents and clients,
 * optional persisted operations, and error masking (only AppError messages reach clients; anything
 * else is logged and masked).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { createLogger, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config/config.js';
import { buildContext, type Context } from './context.js';
import { deepNestingIsBadRequest } from './deep-nesting.js';
import { DOCUMENT_LIMITS } from './document-limits.js';
import { hideSuggestions } from './hide-suggestions.js';
import { currentRequestId } from '../http/request-guard.js';
import type { Gateway } from '../db/gateway.js';
import { FairScheduler } from '../limits/fair-scheduler.js';
import { rateLimit, rateLimitBuckets } from '../limits/rate-limit.js';
import { persistedOperations } from './persisted/persisted-operations.js';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples.js';
import { executableSchema } from './schema.js';

/**
 * Refuses __schema and __type fields when introspection is switched off. (graphql's own
 * NoSchemaIntrospectionCustomRule compares type objects, which breaks when the CJS and ESM builds
 * of graphql both load; this rule looks at field names only.)
 */
const refuseIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError(
          `Introspection is switched off on this server (field ${node.name.value}).`,
          { nodes: [node] },
        ),
      );
    }
  },
});
const noIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(refuseIntrospection),
};

/**
 * Armor's rules otherwise answer 200 with no `data`; as validation errors they get 400 and
 * GRAPHQL_VALIDATION_FAILED, as GraphQL over HTTP requires.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

/**
 * Request parsing errors, made safe: Yoga reads the `variables` and `extensions` of a GET or a
 * form-encoded POST with a bare JSON.parse (text that is not JSON was a 500 "Unexpected error."),
 * and describes a POST body that is not JSON with the parser's own error in `originalError`.
 */
const requestParsingErrors: Plugin = {
  onRequestParse: ({ requestParser, setRequestParser }) => {
    if (!requestParser) return;
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (error instanceof GraphQLError) {
          const extensions = { ...error.extensions };
          delete extensions.originalError;
          throw new GraphQLError(error.message, { extensions });
        }
        if (error instanceof SyntaxError)
          throw new GraphQLError('The variables and extensions parameters must be JSON.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        throw error;
      }
    });
  },
};

/** Yoga's own log lines (masked internal errors among them), tagged with the request id. */
const base = createLogger('warn');
const requestLogger = Object.fromEntries(
  (['debug', 'info', 'warn', 'error'] as const).map((level) => [
    level,
    (...args: unknown[]) => base[level](`[request ${currentRequestId() ?? '-'}]`, ...args),
  ]),
) as ReturnType<typeof createLogger>;

/** What the node adapter passes: the incoming request (absent when called through yoga.fetch). */
interface ServerContext {
  req?: { socket: { remoteAddress?: string } };
}

export type YogaApp = YogaServerInstance<ServerContext, Context>;

/** `buckets`: the rate limiter's, when the HTTP server shares them with its in-flight gate. */
export function createYogaApp(
  db: Gateway,
  config: Config,
  buckets = rateLimitBuckets(config),
): YogaApp {
  const { operations, only } = config.http.persistedOperations;
  const { dbMaxConcurrency, dbMaxPerClient, admissionWaitMs } = config.http.fairness;
  // Database transactions, round-robin by client, each holding at most its share of the slots:
  // another's lookup finds one free without waiting for a greedy client's work to end.
  const scheduler = new FairScheduler({
    capacity: dbMaxConcurrency,
    perClient: dbMaxPerClient,
    maxQueued: Infinity,
    maxWaitMs: admissionWaitMs,
  });
  return createYoga<ServerContext, Context>({
    schema: executableSchema,
    context: ({ request, req }) =>
      buildContext(db, config, scheduler, request, req?.socket.remoteAddress),
    graphqlEndpoint: '/graphql',
    graphiql: config.http.graphiql && {
      title: 'ActorGraph GraphQL',
      defaultQuery: GRAPHIQL_EXAMPLES,
    },
    // GraphiQL's own bundle, served from here: the default page loads it from a CDN at run time.
    renderGraphiQL,
    landingPage: false,
    // Same-origin by default: the explorer is served from here. Other origins must be listed.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin && config.http.corsOrigins.includes(origin)
        ? { origin, methods: ['GET', 'POST'] }
        : false;
    },
    // Never expose stack traces or internal messages, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    logging: requestLogger,
    plugins: [
      requestParsingErrors,
      // First: in persisted-only mode nothing else is even parsed.
      ...(operations ? persistedOperations(operations, only) : []),
      EnvelopArmorPlugin({
        maxDepth: {
          n: DOCUMENT_LIMITS.maxDepth,
          ignoreIntrospection: true,
          ...reportAsValidationError,
        },
        maxAliases: { n: DOCUMENT_LIMITS.maxAliases, ...reportAsValidationError },
        maxTokens: { n: DOCUMENT_LIMITS.maxTokens },
        costLimit: {
          maxCost: DOCUMENT_LIMITS.maxCost,
          ignoreIntrospection: true,
          ...reportAsValidationError,
        },
        maxDirectives: { n: DOCUMENT_LIMITS.maxDirectives, ...reportAsValidationError },
        // "Did you mean …?" would reveal the schema when introspection is off.
        blockFieldSuggestion: { enabled: !config.http.introspection },
      }),
      deepNestingIsBadRequest,
      ...(config.http.introspection ? [] : [noIntrospection, hideSuggestions]),
      ...(buckets ? [rateLimit(config.http, buckets)] : []),
    ],
  });
}
