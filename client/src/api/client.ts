/**
 * The one place the explorer talks HTTP: POSTs a typed operation to /graphql (same origin; the
 * Vite dev server proxies it) and turns every failure into an ApiError or a NetworkError.
 */
import { track } from './activity.js';
import { editorToken } from './editor-token.js';
import { ApiError, NetworkError } from './errors.js';
import { sha256Hex } from './sha256.js';

/** A GraphQL document tagged with the types of its result and variables. */
export interface Operation<TData, TVariables> {
  readonly name: string;
  readonly document: string;
  /** SHA-256 of `document`: its id in a persisted-operations manifest (npm run persisted). */
  readonly hash: string;
  /** Never set: carries the types only. */
  readonly types?: { data: TData; variables: TVariables };
}

/** Declares an operation; `document` must contain exactly one operation named `name`. */
export function operation<TData, TVariables = Record<string, never>>(
  name: string,
  document: string,
): Operation<TData, TVariables> {
  return { name, document, hash: sha256Hex(document) };
}

/**
 * The POST body for `op`: the document together with its hash, APQ style. A server that runs only
 * persisted operations runs it by hash (and ignores the document); any other reads the document.
 * Sending both costs no extra round trip whichever kind of server answers.
 */
export function requestBody(op: Operation<unknown, unknown>, variables: unknown): string {
  return JSON.stringify({
    query: op.document,
    operationName: op.name,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: op.hash } },
  });
}

/** Where requests go; relative so the explorer works behind any host or port. */
const ENDPOINT = '/graphql';
/** Longest wait before a request counts as failed: long enough for a cold Neo4j, short enough to tell the user. */
const TIMEOUT_MS = 20_000;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

async function send(body: string, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // Only once an editor entered a token (saving an investigation); reads go without.
        ...(editorToken() ? { authorization: `Bearer ${editorToken()}` } : {}),
      },
      body,
      signal: combined,
    });
  } catch (error) {
    if (signal?.aborted) throw error; // the caller's own cancellation: not an outage
    if (timeout.aborted)
      throw new NetworkError(`The API did not answer within ${TIMEOUT_MS / 1000} s.`);
    throw new NetworkError('The ActorGraph API cannot be reached.');
  }
}

async function run<TData>(
  op: Operation<TData, unknown>,
  variables: unknown,
  signal?: AbortSignal,
): Promise<TData> {
  const response = await send(requestBody(op, variables), signal);
  let payload: GraphQLResponse<TData>;
  try {
    payload = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new NetworkError(
      `The API answered HTTP ${response.status} without a GraphQL body.`,
      response.status,
    );
  }
  const first = payload.errors?.[0];
  if (first)
    throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', first.extensions ?? {});
  if (payload.data == null)
    throw new NetworkError(
      `The API answered HTTP ${response.status} with no data.`,
      response.status,
    );
  return payload.data;
}

/** Runs `op`; rejects with ApiError (GraphQL error, with its code) or NetworkError (API unreachable). */
export function execute<TData, TVariables>(
  op: Operation<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  return track(run(op as Operation<TData, unknown>, variables, signal));
}
