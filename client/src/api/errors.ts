/** The two ways a request can fail, so the UI can tell "you asked for something odd" from "the API is down". */

/** The API answered with a GraphQL error; `code` is its `extensions.code` (e.g. BAD_USER_INPUT). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    /** `extensions.code`, or 'UNKNOWN' when the server gave none (a masked error). */
    readonly code: string,
    /** The error's other extensions, e.g. `argumentPath` of a BAD_USER_INPUT. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The API could not be reached or answered with no usable body (server stopped, proxy error, timeout). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    message: string,
    /** HTTP status when there was a response at all. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Codes that mean the service, not the question, is at fault: shown as the "API down" banner. */
const UNAVAILABLE_CODES = new Set(['SERVICE_UNAVAILABLE', 'QUERY_TIMEOUT']);

/** True when an error means the API is unavailable rather than the request being wrong. */
export function isOutage(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    (error instanceof ApiError && UNAVAILABLE_CODES.has(error.code))
  );
}

/** True for a request the caller cancelled itself (a newer keystroke, a closed panel). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** `extensions.argumentPath` of an error: the argument a BAD_USER_INPUT is about, when named. */
export function argumentPathOf(error: unknown): (string | number)[] | undefined {
  const path = error instanceof ApiError ? error.extensions.argumentPath : undefined;
  return Array.isArray(path) ? (path as (string | number)[]) : undefined;
}
