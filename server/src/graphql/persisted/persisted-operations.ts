/**
 * Persisted operations (@graphql-yoga/plugin-persisted-operations): a request may name an operation
 * of the manifest by its hash, APQ style — `extensions.persistedQuery: { version: 1, sha256Hash }`.
 * With `only`, nothing else runs, so the server answers exactly the operations its manifest allows
 * (the explorer's, from `npm run persisted`) and no hand-written document, however costly.
 */
import {
  defaultExtractPersistedOperationId,
  usePersistedOperations,
} from '@graphql-yoga/plugin-persisted-operations';
import type { OnParamsEventPayload, Plugin } from 'graphql-yoga';
import { AppError } from '../../errors/api-errors.js';

const hashOf = ({ params, request, context }: OnParamsEventPayload): string | null =>
  defaultExtractPersistedOperationId(params, request, context);

const notFound = (hash: string) =>
  new AppError(
    'PERSISTED_QUERY_NOT_FOUND',
    `No persisted operation has the hash ${hash}. The server's manifest may be older than the ` +
      'client: rebuild it with npm run persisted and restart the server.',
  );

/** `manifest`: hash → document. With `only`, documents not in it are refused. */
export function persistedOperations(
  manifest: ReadonlyMap<string, string>,
  only: boolean,
): Plugin[] {
  /**
   * The explorer sends each document together with its hash, so that it works against any server,
   * with or without a manifest. A hash on the list wins: the document sent with it is dropped, and
   * the manifest's text is what runs.
   */
  const preferListedHash: Plugin = {
    onParams(payload) {
      const hash = hashOf(payload);
      if (payload.params.query && hash && manifest.has(hash)) {
        payload.setParams({ ...payload.params, query: undefined });
      }
    },
  };
  return [
    preferListedHash,
    usePersistedOperations({
      getPersistedOperation: (hash) => manifest.get(hash) ?? null,
      allowArbitraryOperations: !only,
      customErrors: {
        notFound: (payload) => notFound(hashOf(payload) ?? ''),
        // A document with an unknown hash is a client newer than the manifest: say so.
        persistedQueryOnly: (payload) => {
          const hash = hashOf(payload);
          return hash
            ? notFound(hash)
            : new AppError(
                'PERSISTED_QUERY_ONLY',
                'This server runs only persisted operations: instead of a query, send ' +
                  'extensions.persistedQuery { version: 1, sha256Hash } naming one.',
              );
        },
        keyNotFound: () =>
          new AppError(
            'BAD_REQUEST',
            'Send a query, or extensions.persistedQuery { version: 1, sha256Hash } naming a ' +
              'persisted operation.',
          ),
      },
    }),
  ];
}
