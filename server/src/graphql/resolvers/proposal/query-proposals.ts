/** `proposals(state, source, first, after)`: the review queue, best first, by keyset cursor. */
import { entityIdArg, intInRange } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { decodeCursor, encodeCursor } from '../../keyset-cursor.js';
import type { ProposalRow } from '../../proposal-records.js';

const MAX_PAGE = 100;

export const proposals: QueryResolvers['proposals'] = async (_parent, args, ctx) => {
  const first = intInRange('first', args.first, 20, 1, MAX_PAGE);
  const source = args.source ?? null;
  if (source !== null) entityIdArg('source', source);
  const state = args.state ?? 'PENDING';
  const [afterRank, afterId] = args.after != null ? decodeCursor(args.after) : [null, null];
  const [rows, [count]] = await Promise.all([
    ctx.db.read<{ proposal: ProposalRow }>('proposal/page', {
      state,
      source,
      afterRank,
      afterId,
      limit: first + 1,
    }),
    ctx.db.read<{ total: number }>('proposal/count', { state, source }),
  ]);
  const edges = rows.slice(0, first).map(({ proposal: node }) => ({
    cursor: encodeCursor(node.rank, node.id),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count?.total ?? 0,
  };
};
