/**
 * What every answer of /graphql must satisfy, whatever was sent: no 5xx; JSON answers are GraphQL
 * responses; every error carries a known code and says nothing of the server's insides — no stack
 * trace, no file path, no Neo4j, Cypher, Lucene or driver text, and not the mask "Unexpected
 * error." either, which means an internal error happened that the client cannot act on.
 */
import type { Expected } from './known-answers.js';
import type { FuzzRequest } from './requests.js';

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
}

/** Codes an error may carry: the API's own (server/src/errors/api-errors.ts), Yoga's and the HTTP layer's. */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'QUERY_TIMEOUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_ONLY',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
  'TOO_MANY_REQUESTS',
  'UPSTREAM_UNAVAILABLE',
]);

/** Extension keys an error may carry: those docs/api.md documents, and Yoga's `http`. */
const KNOWN_EXTENSIONS = new Set([
  'code',
  'argumentPath',
  'didYouMean',
  'retryAfterSeconds',
  'http',
]);

/** Text that only the server's insides produce. Checked only when the request did not contain it. */
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat (?:async )?[\w$.<>[\] ]+ \(?(?:file:|node:|\/)[^)\s]*:\d+(?::\d+)?\)?/],
  ['a file path', /(?:\/work\/|\/home\/|\/tmp\/|node_modules|file:\/\/|node:internal)/],
  ['a source location', /\.(?:ts|js|mjs|cjs):\d+/],
  [
    'a Neo4j error',
    /Neo\.(?:ClientError|TransientError|DatabaseError)|Neo4jError|org\.neo4j|neo4j-driver/i,
  ],
  ['a Lucene error', /org\.apache\.lucene|ParseException|TooManyClauses|Cannot parse '/],
  ['a Cypher error', /Invalid input '|Variable `[^`]*` not defined|Type mismatch: expected|Cypher/],
  ['a JavaScript error', /\b(?:TypeError|RangeError|ReferenceError|SyntaxError): /],
  ['the mask of an internal error', /Unexpected error\./],
];

type GraphqlError = { message?: unknown; extensions?: Record<string, unknown> };

/** Everything wrong with `response` as an answer to `request`; empty when it is fine. */
export function problemsOf(request: FuzzRequest, response: FuzzResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  // Other routes answer files and JSON of their own: for them, no 5xx is the rule.
  if (request.generator === 'route' && !request.path.startsWith('/graphql')) return problems;
  // GraphiQL's page is a static bundle (with its own source comments), not an answer.
  if (/html/.test(response.contentType) || request.method === 'HEAD') return problems;
  const sent = `${request.path}\n${request.body ?? ''}\n${JSON.stringify(request.headers)}`;
  for (const [what, pattern] of LEAKS) {
    if (
      pattern.test(response.text) &&
      !pattern.test(sent) &&
      !pattern.test(decodeURIComponentSafe(sent))
    )
      problems.push(`${what} in the answer: ${excerpt(response.text, pattern)}`);
  }
  if (!/json/.test(response.contentType)) return problems;

  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [...problems, 'a JSON content type with a body that is not JSON'];
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return [...problems, 'a JSON answer that is not an object'];
  const errors = (body as { errors?: unknown }).errors;
  if (errors === undefined) {
    if (!('data' in body)) problems.push('neither data nor errors');
    return problems;
  }
  if (!Array.isArray(errors) || errors.length === 0)
    return [...problems, '`errors` is not a non-empty list'];
  // Without `data`, the operation never ran: graphql-js's own request errors (variables that do
  // not coerce, too many of them, an operation type the schema lacks) come without a code.
  const requestError = !('data' in body);
  for (const error of errors as GraphqlError[]) {
    if (typeof error.message !== 'string') problems.push('an error without a message');
    const code = error.extensions?.code;
    const uncodedRequestError = code === undefined && requestError;
    if (!uncodedRequestError && (typeof code !== 'string' || !KNOWN_CODES.has(code)))
      problems.push(
        `an error without a known code (${String(code)}): ${String(error.message).slice(0, 200)}`,
      );
    // e.g. `originalError`, which Yoga adds to "POST body sent invalid JSON." whatever isDev says.
    const unknownKeys = Object.keys(error.extensions ?? {}).filter((k) => !KNOWN_EXTENSIONS.has(k));
    if (unknownKeys.length > 0) problems.push(`error extensions ${unknownKeys.join(', ')}`);
    const extra = Object.keys(error).filter(
      (k) => !['message', 'locations', 'path', 'extensions'].includes(k),
    );
    if (extra.length > 0) problems.push(`error fields ${extra.join(', ')}`);
  }
  if (request.anonymousMutation && 'data' in body) {
    // The document ran: every field error must be the refusal, and nothing may have been written.
    const refusedOnly = (errors as GraphqlError[]).every(
      (e) => e.extensions?.code === 'UNAUTHENTICATED' || !('path' in e),
    );
    if (!refusedOnly)
      problems.push('an anonymous mutation failed for another reason than UNAUTHENTICATED');
    const data = (body as { data: unknown }).data;
    // `__typename` is the one root field that answers without the resolvers.
    if (data !== null && Object.values(data as object).some((v) => v !== null && v !== 'Mutation'))
      problems.push('an anonymous mutation returned data');
  }
  return problems;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function excerpt(text: string, pattern: RegExp): string {
  const index = text.search(pattern);
  return JSON.stringify(text.slice(Math.max(0, index - 80), index + 120));
}

/** The parsed body when the document ran and answered with data and no error at all. */
function cleanData(response: FuzzResponse): Record<string, unknown> | undefined {
  if (response.status !== 200 || !/json/.test(response.contentType)) return undefined;
  try {
    const body = JSON.parse(response.text) as { data?: unknown; errors?: unknown };
    if (body.errors !== undefined || typeof body.data !== 'object' || body.data === null)
      return undefined;
    return body.data as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** True when the document executed and answered with data and no error: it did run. */
export function answeredCleanly(response: FuzzResponse): boolean {
  return cleanData(response) !== undefined;
}

/** What is wrong with the answer to a request whose right answer is known; undefined when right. */
export function wrongAnswer(expected: Expected, response: FuzzResponse): string | undefined {
  const data = cleanData(response);
  if (!data) return `no clean answer (HTTP ${response.status}): ${response.text.slice(0, 300)}`;
  const [value] = Object.values(data);
  switch (expected.question) {
    case 'entity': {
      const entity = value as { id?: unknown; name?: unknown; kind?: unknown } | null;
      const { id, name, kind } = expected;
      return entity?.id === id && entity.name === name && entity.kind === kind
        ? undefined
        : `entity(${id}) should be ${kind} "${name}", got ${JSON.stringify(entity)}`;
    }
    case 'missing':
      return value === null ? undefined : `entity(${expected.id}) should be null`;
    case 'search': {
      const ids = (value as { id: string }[]).map((e) => e.id);
      return ids.includes(expected.id)
        ? undefined
        : `search("${expected.text}") should find ${expected.id}, got ${ids.join(', ')}`;
    }
  }
}
