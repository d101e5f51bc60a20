/** What every resolver receives: the query gateway, per-request loaders and the caller's identity. */
import type { Gateway } from './db/gateway.js';
import { createLoaders, type Loaders } from './schema/loaders.js';
import type { Config } from './config.js';
import { editorFromAuthorization } from './auth.js';

export interface Context {
  db: Gateway;
  loaders: Loaders;
  /** The editor's name when the request carried a valid editor token; undefined for anonymous reads. */
  editor: string | undefined;
}

export function buildContext(db: Gateway, config: Config, request: Request): Context {
  return {
    db,
    loaders: createLoaders(db),
    editor: editorFromAuthorization(request.headers.get('authorization'), config.editorTokens),
  };
}
