/**
 * The errors a client may see. Anything else is masked by Yoga as "Unexpected error." and logged.
 * Messages quote the offending value so the user can act on them.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_TIMEOUT';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
};

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
  }
}

/** Invalid argument; `path` names the offending field, e.g. ["input", "evidence", 0, "quote"]. */
export const badInput = (message: string, path?: readonly (string | number)[]) =>
  new AppError('BAD_USER_INPUT', message, path ? { argumentPath: path } : {});
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const serviceUnavailable = (message: string) => new AppError('SERVICE_UNAVAILABLE', message);
export const queryTimeout = (message: string) => new AppError('QUERY_TIMEOUT', message);
