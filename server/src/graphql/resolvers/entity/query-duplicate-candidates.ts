/**
 * `duplicateCandidates(kind, first, after)`: the pairs imports found close but not certainly one
 * (cypher/import/record-candidates) and no curator dismissed, a Relay connection by id; the cursor
 * is the last id, encoded. `entity` narrows it to the pairs of one entity (its details panel).
 */
import { badInput } from '../../../errors/api-errors.js';
import { entityIdArg, intInRange } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import type { DuplicateCandidateRow } from '../../records.js';

const MAX_PAGE = 100;
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id.includes('|') && encodeCursor(id) === cursor) return id;
  throw badInput(
    `after ${JSON.stringify(cursor.slice(0, 40))} is not a cursor returned by this API.`,
    ['after'],
  );
}

export const duplicateCandidates: QueryResolvers['duplicateCandidates'] = async (
  _parent,
  args,
  ctx,
) => {
  const first = intInRange('first', args.first, 20, 1, MAX_PAGE);
  const rows = await ctx.db.read<DuplicateCandidateRow>('import/duplicate-candidates', {
    kind: args.kind ?? null,
    entity: args.entity != null ? entityIdArg('entity', args.entity) : null,
    after: args.after != null ? decodeCursor(args.after) : null,
    limit: first + 1,
  });
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
};

export const duplicateCandidateResolvers: Resolvers = {
  DuplicateCandidate: {
    first: (row) => row.firstEntity,
    second: (row) => row.secondEntity,
  },
};
