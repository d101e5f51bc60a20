/**
 * Bearer tokens and the role each carries, from ACTORGRAPH_TOKENS (`name:role:token`) and the older
 * ACTORGRAPH_EDITOR_TOKENS (`name:token`, read as EDITOR). Checked at start-up, so a typo in a role
 * or a short token stops the server instead of locking an analyst out later.
 */
import { UserError } from '../errors/user-error.js';

/** What a token lets its holder do; each role includes the ones before it. */
const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Whom a token names, and with which role. */
export interface TokenHolder {
  name: string;
  role: Role;
}

const MIN_TOKEN_LENGTH = 16;

function entries(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function fail(variable: string, index: number, problem: string): never {
  throw new UserError(
    `${variable}: entry ${index + 1} ${problem}.`,
    'Set it in .env or the environment (.env.example lists every setting).',
  );
}

function add(
  tokens: Map<string, TokenHolder>,
  variable: string,
  index: number,
  holder: TokenHolder,
  token: string,
): void {
  if (!holder.name) fail(variable, index, 'has no name before the first ":"');
  if (token.length < MIN_TOKEN_LENGTH) {
    fail(variable, index, `needs a token of ${MIN_TOKEN_LENGTH}+ characters`);
  }
  // Two holders of one token could not be told apart; the value itself is never quoted.
  if (tokens.has(token)) fail(variable, index, 'repeats a token given earlier');
  tokens.set(token, holder);
}

/** Token → holder; throws a UserError naming the variable and the entry (never the token). */
export function parseTokens(env: NodeJS.ProcessEnv): Map<string, TokenHolder> {
  const tokens = new Map<string, TokenHolder>();
  entries(env.ACTORGRAPH_TOKENS).forEach((entry, index) => {
    const match = /^([^:]*):([^:]*):(.*)$/.exec(entry);
    if (!match) fail('ACTORGRAPH_TOKENS', index, 'is not name:role:token');
    const [, name, rawRole, token] = match;
    const role = rawRole!.trim().toUpperCase();
    if (!(ROLES as readonly string[]).includes(role)) {
      fail('ACTORGRAPH_TOKENS', index, `has role "${rawRole}", not one of ${ROLES.join(', ')}`);
    }
    add(
      tokens,
      'ACTORGRAPH_TOKENS',
      index,
      { name: name!.trim(), role: role as Role },
      token!.trim(),
    );
  });
  entries(env.ACTORGRAPH_EDITOR_TOKENS).forEach((entry, index) => {
    const colon = entry.indexOf(':');
    if (colon < 0) fail('ACTORGRAPH_EDITOR_TOKENS', index, 'is not name:token');
    const holder: TokenHolder = { name: entry.slice(0, colon).trim(), role: 'EDITOR' };
    add(tokens, 'ACTORGRAPH_EDITOR_TOKENS', index, holder, entry.slice(colon + 1).trim());
  });
  return tokens;
}

/** Whether `role` may do what `needed` allows. */
export const hasRole = (role: Role, needed: Role): boolean =>
  ROLES.indexOf(role) >= ROLES.indexOf(needed);
