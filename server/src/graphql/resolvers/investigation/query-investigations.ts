/**
 * `investigation(id)` and `investigations(first, after)`: saved views, readable without a token.
 * The list is newest first, paged by a keyset cursor (createdAt, id).
 */
import { intInRange } from '../../args.js';
import type { Context } from '../../context.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { decodeCursor, encodeCursor } from '../../keyset-cursor.js';
import type { InvestigationRow } from '../../records.js';

const MAX_PAGE = 100;

async function readInvestigation(ctx: Context, id: string): Promise<InvestigationRow | null> {
  const [row] = await ctx.db.read<{ investigation: InvestigationRow }>('investigation/by-id', {
    id,
  });
  return row?.investigation ?? null;
}

export const investigation: QueryResolvers['investigation'] = (_parent, { id }, ctx) =>
  readInvestigation(ctx, id);

export const investigations: QueryResolvers['investigations'] = async (_parent, args, ctx) => {
  const first = intInRange('first', args.first, 20, 1, MAX_PAGE);
  const [afterCreatedAt, afterId] = args.after != null ? decodeCursor(args.after) : [null, null];
  const [rows, [count]] = await Promise.all([
    ctx.db.read<{ investigation: InvestigationRow }>('investigation/page', {
      afterCreatedAt,
      afterId,
      limit: first + 1,
    }),
    ctx.db.read<{ total: number }>('investigation/count'),
  ]);
  const edges = rows.slice(0, first).map(({ investigation: node }) => ({
    cursor: encodeCursor(node.createdAt, node.id),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count?.total ?? 0,
  };
};

export const investigationFieldResolvers: Resolvers = {
  Investigation: {
    // Stored as the JSON text checked on the way in (domain/investigation-state.ts); a list row
    // has none, and reads it only when asked.
    state: async (row, _args, ctx) => {
      const text = row.state ?? (await readInvestigation(ctx, row.id))?.state ?? '{}';
      return JSON.parse(text) as Record<string, unknown>;
    },
  },
};
