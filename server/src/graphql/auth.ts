/**
 * Bearer tokens and roles (config/tokens.ts): viewers read, editors write and revert their own
 * changes, admins also revert anyone's. Anonymous callers may only read, unless
 * ACTORGRAPH_READ_REQUIRES_TOKEN is set.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError, unauthenticated } from '../errors/api-errors.js';
import { hasRole, type Role, type TokenHolder } from '../config/tokens.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The holder of the token in an `Authorization: Bearer …` header, or undefined when there is none.
 * A header with an unknown token is an error, not anonymity: the caller meant to be someone.
 * Tokens are compared as SHA-256 digests in constant time (every token, whichever matches), and
 * never logged.
 */
export function callerFromAuthorization(
  header: string | null,
  tokens: ReadonlyMap<string, TokenHolder>,
): TokenHolder | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const presented = digest(match[1]);
  let caller: TokenHolder | undefined;
  for (const [token, holder] of tokens) {
    if (timingSafeEqual(presented, digest(token))) caller = holder;
  }
  if (caller === undefined) throw unauthenticated('The bearer token is not a valid token.');
  return caller;
}

const WRITE_NEEDS_TOKEN =
  'Changing the graph needs an editor token: send "Authorization: Bearer <token>".';

/** The editor's name, or UNAUTHENTICATED for anonymous callers of a mutation. */
export function requireEditor(editor: string | undefined): string {
  if (editor === undefined) throw unauthenticated(WRITE_NEEDS_TOKEN);
  return editor;
}

/**
 * The caller, when its role includes `needed`: else UNAUTHENTICATED without a token, FORBIDDEN
 * (naming the role needed and the caller's) with one.
 */
export function requireRole(
  caller: TokenHolder | undefined,
  needed: Role,
  what: string,
): TokenHolder {
  if (caller === undefined) {
    throw unauthenticated(
      needed === 'VIEWER'
        ? 'This server is private: reading needs a token: send "Authorization: Bearer <token>".'
        : WRITE_NEEDS_TOKEN,
    );
  }
  if (!hasRole(caller.role, needed)) {
    throw new AppError(
      'FORBIDDEN',
      `${what} needs the ${needed} role; the token of "${caller.name}" has ${caller.role}.`,
    );
  }
  return caller;
}

type Resolver = (
  parent: unknown,
  args: unknown,
  ctx: { caller?: TokenHolder },
  info: unknown,
) => unknown;

/**
 * Every mutation, whichever helper added it, needs at least an EDITOR: checked here, once, so a
 * viewer's write is FORBIDDEN before its resolver runs.
 */
export function editorsOnly<T extends Record<string, unknown>>(mutations: T): T {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      (parent: unknown, args: unknown, ctx: { caller?: TokenHolder }, info: unknown) => {
        requireRole(ctx.caller, 'EDITOR', `Mutation ${name}`);
        return (resolve as Resolver)(parent, args, ctx, info);
      },
    ]),
  ) as T;
}
