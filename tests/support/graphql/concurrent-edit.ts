/**
 * Races made deterministic: the app's gateway with an edit run right after a given read query or
 * after each write transaction — exactly where a concurrent merge or deletion by another client
 * could land — and the API served on it.
 */
import type { Gateway, Params } from '../../../server/src/db/gateway.js';
import { createYogaApp } from '../../../server/src/graphql/yoga.js';
import { editorHeaders, testConfig } from '../app.js';

/** `db`, but `edit` runs once the named read query (or, with `'write'`, each write) has ended. */
export function editAfter(db: Gateway, after: string, edit: () => Promise<unknown>): Gateway {
  const racing = Object.create(db) as Gateway;
  racing.read = async function <T>(name: string, params?: Params): Promise<T[]> {
    const rows = await db.read<T>(name, params);
    if (name === after) await edit();
    return rows;
  };
  racing.writeAll = async (label, work) => {
    const result = await db.writeAll(label, work);
    if (after === 'write') await edit();
    return result;
  };
  return racing;
}

export interface Answer {
  data?: Record<string, { id: string } | null> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Runs `query` as the editor on an API served from `db`. */
export async function callOn(
  db: Gateway,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer> {
  const response = await createYogaApp(db, testConfig()).fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { ...editorHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/**
 * `db`, but inside each write transaction, once the query `after` has run, `edit` (started once)
 * gets up to `waitMs` to run alongside — as another client's edit would, without waiting for this
 * transaction unless Neo4j's locks make it.
 */
export function editDuring(
  db: Gateway,
  after: string,
  edit: () => Promise<unknown>,
  waitMs = 1_000,
): Gateway {
  const racing = Object.create(db) as Gateway;
  racing.writeAll = (label, work) =>
    db.writeAll(label, (tx) =>
      work({
        run: async <T>(name: string, params?: Params) => {
          const rows = await tx.run<T>(name, params);
          if (name === after)
            await Promise.race([edit(), new Promise((resolve) => setTimeout(resolve, waitMs))]);
          return rows;
        },
      }),
    );
  return racing;
}

/** `start`, run at most once: later calls return the first call's promise. */
export function once<T>(start: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= start());
}
