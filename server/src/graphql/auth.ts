/** Bearer tokens for editors, from ACTORGRAPH_EDITOR_TOKENS. Anonymous callers may only read. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { unauthenticated } from '../errors/api-errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The editor named by an `Authorization: Bearer …` header, or undefined when there is none.
 * A header with an unknown token is an error, not anonymity: the caller meant to write.
 * Tokens are compared as SHA-256 digests in constant time, and never logged.
 */
export function editorFromAuthorization(
  header: string | null,
  tokens: ReadonlyMap<string, string>,
): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  const presented = digest(match[1]);
  let editor: string | undefined;
  for (const [token, name] of tokens) {
    if (timingSafeEqual(presented, digest(token))) editor = name;
  }
  if (editor === undefined) throw unauthenticated('The bearer token is not a valid editor token.');
  return editor;
}

/** The editor's name, or UNAUTHENTICATED for anonymous callers of a mutation. */
export function requireEditor(editor: string | undefined): string {
  if (editor === undefined) {
    throw unauthenticated(
      'Changing the graph needs an editor token: send "Authorization: Bearer <token>".',
    );
  }
  return editor;
}
