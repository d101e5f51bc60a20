/**
 * The errors a client may see. Anything else is masked by Yoga as "Unexpected error." and logged.
 * Messages quote the offending value so the user can act on them.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'RATE_LIMITED'
  | 'PERSISTED_QUERY_ONLY'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'UPSTREAM_UNAVAILABLE';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PERSISTED_QUERY_ONLY: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  SERVICE_UNAVAILABLE: 503,
};

export class AppError extends GraphQLError {
  /** `headers` are set on the HTTP response (Yoga reads them from `extensions.http`, then drops it). */
  constructor(
    code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ) {
    const status = HTTP_STATUS[code];
    const http = status ? { http: { status, ...(headers ? { headers } : {}) } } : {};
    super(message, { extensions: { code, ...extra, ...http } });
  }
}

/** Invalid argument; `path` names the offending field, e.g. ["input", "evidence", 0, "quote"]. */
export const badInput = (message: string, path?: readonly (string | number)[]) =>
  new AppError('BAD_USER_INPUT', message, path ? { argumentPath: path } : {});
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
/** The database is away; `Retry-After` suggests when to try again (it restarts in seconds). */
export const serviceUnavailable = (message: string) =>
  new AppError('SERVICE_UNAVAILABLE', message, {}, { 'retry-after': '5' });
export const queryTimeout = (message: string) => new AppError('QUERY_TIMEOUT', message);
/** Over the client's rate limit; `Retry-After` tells HTTP clients when to come back. */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  const headers = { 'retry-after': String(retryAfterSeconds) };
  return new AppError('RATE_LIMITED', message, { retryAfterSeconds }, headers);
}
/** A web page `fetchSource` was asked for could not be had: unreachable, too slow, or a 5xx. */
export const upstreamUnavailable = (message: string) =>
  new AppError('UPSTREAM_UNAVAILABLE', message);
