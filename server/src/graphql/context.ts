/** What every resolver receives: the query gateway, per-request loaders and the caller's identity. */
import type { Gateway } from '../db/gateway.js';
import type { FairScheduler } from '../limits/fair-scheduler.js';
import { clientKey } from '../limits/client-key.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Config } from '../config/config.js';
import { callerFromAuthorization, requireRole } from './auth.js';
import { hasRole, type TokenHolder } from '../config/tokens.js';

export interface Context {
  /** The gateway for this request: its transactions take this client's turns (see Admission). */
  db: Gateway;
  loaders: Loaders;
  /** The token's holder (name and role); undefined for anonymous callers. */
  caller: TokenHolder | undefined;
  /** The caller's name when its role may write (EDITOR or ADMIN); undefined otherwise. */
  editor: string | undefined;
  /** Whom the request is charged to (limits/client-key.ts). */
  client: string;
  /** Transaction time of this request so far, in milliseconds, added up by the gateway. */
  dbTime: { ms: number };
  /** Limits of `fetchSource`. */
  fetch: Config['fetch'];
}

/** `socketAddress`: the TCP peer's address (absent when Yoga is called in-process). */
export function buildContext(
  db: Gateway,
  config: Config,
  scheduler: FairScheduler,
  request: Request,
  socketAddress: string | undefined,
): Context {
  const caller = callerFromAuthorization(request.headers.get('authorization'), config.tokens);
  // A private deployment: nothing, introspection included, runs for a caller without a token.
  if (config.readRequiresToken) requireRole(caller, 'VIEWER', 'Reading');
  const editor = caller && hasRole(caller.role, 'EDITOR') ? caller.name : undefined;
  const client = clientKey({
    editor: caller?.name,
    socketAddress,
    forwardedFor: request.headers.get('x-forwarded-for'),
    trustProxy: config.http.trustProxy,
  });
  const dbTime = { ms: 0 };
  const gateway = db.forClient({ scheduler, client, meter: dbTime });
  return {
    db: gateway,
    loaders: createLoaders(gateway),
    caller,
    editor,
    client,
    dbTime,
    fetch: config.fetch,
  };
}
